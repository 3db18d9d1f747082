package org.techmatch.elastic.local;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.support.TestElasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

class LocalNodeIT {

	@Test
	@DisplayName("a second start reuses the running node from the same directory instead of starting another")
	void secondStartReusesRunningNode() {
		TestElasticsearch.url();
		Assumptions.assumeTrue(TestElasticsearch.localNode().isPresent(), "an external cluster is used");
		LocalNode node = TestElasticsearch.localNode().get();
		long pid = node.runningProcess().orElseThrow().pid();

		new LocalNode(node.settings(), JdkLocator.forThisMachine()).start();

		assertThat(node.runningProcess()).map(ProcessHandle::pid).hasValue(pid);
	}

}
