package org.techmatch.elastic;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generation made from an older index definition is rebuilt under the current one, with
 * all its documents.
 */
class IndexUpgradeIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-upgrade",
			"elastic/indices/demands.json");

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private IndexGenerations generations;

	@Autowired
	private ElasticsearchClient client;

	@AfterEach
	void deleteIndex() {
		this.indexAdmin.currentGeneration(INDEX).ifPresent(this.indexAdmin::discard);
		this.indexAdmin.removeAbandonedGenerations(INDEX);
	}

	@Test
	@DisplayName("an outdated generation is copied into a current one (same documents, alias moved); a current one is left alone")
	void upgradesOutdatedGeneration() throws Exception {
		List<Map<String, String>> documents = List.of(Map.of("id", "dem-a", "title", "动力电池回收"),
				Map.of("id", "dem-b", "title", "尼龙66切片"), Map.of("id", "dem-c", "title", "培育钻石"));
		String old = this.generations.replaceAll(INDEX, documents, (d) -> d.get("id"));
		assertThat(this.indexAdmin.isCurrent(INDEX, old)).isTrue();
		assertThat(this.generations.upgrade(INDEX)).as("current: nothing to do").isFalse();

		// as if made by an earlier release
		this.client.indices()
			.putMapping((m) -> m.index(old).withJson(new StringReader("{\"_meta\": {\"definition\": \"older\"}}")));
		assertThat(this.indexAdmin.isCurrent(INDEX, old)).isFalse();

		assertThat(this.generations.upgrade(INDEX)).isTrue();
		String upgraded = this.indexAdmin.currentGeneration(INDEX).orElseThrow();
		assertThat(upgraded).isNotEqualTo(old);
		assertThat(this.indexAdmin.isCurrent(INDEX, upgraded)).isTrue();
		assertThat(this.indexAdmin.count(upgraded)).isEqualTo(3);
		assertThat(this.client.indices().exists((e) -> e.index(old)).value()).as("old generation deleted").isFalse();
		assertThat(this.client
			.search((s) -> s.index(INDEX.alias()).query((q) -> q.match((m) -> m.field("title").query("电池"))), Map.class)
			.hits()
			.hits()).extracting((h) -> h.id()).containsExactly("dem-a");
	}

	@Test
	@DisplayName("the platform's definitions are found on the classpath")
	void findsDefinitions() {
		assertThat(IndexUpgrades.definitions()).extracting(IndexDefinition::alias)
			.contains("techmatch-achievements", "techmatch-capabilities", "techmatch-demands");
	}

}
