package org.techmatch.backup;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.DemandService;
import org.techmatch.elastic.IndexAdmin;
import org.techmatch.support.CommandLine;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Backup and restore from the command line
 * ({@code java -jar target/techmatch.jar snapshot
 * …}, separate JVMs) against the test node, whose {@code path.repo} is under its own
 * directory as the local node's is.
 */
class SnapshotCommandIT extends ElasticsearchIntegrationTest {

	private static final String SUBMIT = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) "
			+ "{ demand { id title } userErrors { code } } }";

	@LocalServerPort
	private int port;

	@Autowired
	private DemandService demands;

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private ElasticsearchClient client;

	@TempDir
	Path folder;

	@Test
	@DisplayName("snapshot create, delete a demand, snapshot restore --only=demands: the demand is back")
	void snapshotDeleteRestore() throws Exception {
		@SuppressWarnings("unchecked")
		Map<String, Object> submitted = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) new RawHttp(
				this.port)
			.graphQl(SUBMIT, Map.of("input", Map.of("title", "备份恢复测试需求", "description", "一条提交后被误删、再从快照恢复的企业技术需求。")),
					tokens().enterprise())
			.json()
			.get("data")).get("submitDemand")).get("demand");
		String id = (String) submitted.get("id");
		long demandsBefore = this.indexAdmin.count(DemandIndices.DEMANDS.alias());
		String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
		try {
			CommandLine create = CommandLine.start(this.folder, "create", List.of("snapshot", "create", name));
			assertThat(create.awaitExit(Duration.ofMinutes(5))).as(create.output()).isZero();
			assertThat(create.said()).contains("snapshot " + name + " in repository techmatch-backups: SUCCESS");

			CommandLine list = CommandLine.start(this.folder, "list", List.of("snapshot", "list"));
			assertThat(list.awaitExit(Duration.ofMinutes(5))).as(list.output()).isZero();
			assertThat(list.said()).containsPattern("(?m)^" + name + "\tSUCCESS\t.*techmatch-demands-\\d{14}");

			this.client.delete((d) -> d.index(DemandIndices.DEMANDS.alias()).id(id).refresh(Refresh.True));
			assertThat(this.demands.demand(id)).as("deleted by mistake").isEmpty();

			CommandLine restore = CommandLine.start(this.folder, "restore",
					List.of("snapshot", "restore", name, "--only=demands"));
			assertThat(restore.awaitExit(Duration.ofMinutes(5))).as(restore.output()).isZero();
			assertThat(restore.said()).containsPattern("restored techmatch-demands from techmatch-demands-\\d{14} as "
					+ "techmatch-demands-\\d{14} \\(" + demandsBefore + " documents\\)");

			assertThat(this.demands.demand(id)).map(Demand::title).hasValue("备份恢复测试需求");
			assertThat(this.indexAdmin.count(DemandIndices.DEMANDS.alias())).isEqualTo(demandsBefore);
			System.out.println("SnapshotCommandIT:\n" + create.said() + list.said() + restore.said());
		}
		finally {
			try {
				this.client.delete((d) -> d.index(DemandIndices.DEMANDS.alias()).id(id).refresh(Refresh.True));
				this.client.snapshot().delete((d) -> d.repository("techmatch-backups").snapshot(name));
			}
			catch (co.elastic.clients.elasticsearch._types.ElasticsearchException ex) {
				// nothing to clean up
			}
		}
	}

}
