package org.techmatch.elastic;

import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.techmatch.support.ElasticsearchIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cloning the current generation when the clone request reaches Elasticsearch twice (the
 * client sends it again to another node when the first drops out after making the copy).
 */
class IndexCloneIT extends ElasticsearchIntegrationTest {

	private static final IndexDefinition INDEX = new IndexDefinition("techmatch-it-clone",
			"elastic/indices/demands.json");

	@Autowired
	private IndexAdmin indexAdmin;

	@Autowired
	private IndexGenerations generations;

	@Autowired
	private ElasticsearchClient client;

	@AfterEach
	void deleteIndices() throws Exception {
		this.indexAdmin.currentGeneration(INDEX).ifPresent(this.indexAdmin::discard);
		this.indexAdmin.removeAbandonedGenerations(INDEX);
		this.client.indices().delete((d) -> d.index(INDEX.alias() + "-other").ignoreUnavailable(true));
	}

	@Test
	@DisplayName("a clone request sent again meets the copy it made: that copy is the new generation, and the source "
			+ "takes writes again")
	void cloneSentTwice() throws Exception {
		String current = this.generations.replaceAll(INDEX,
				List.of(Map.of("id", "dem-a", "title", "动力电池回收"), Map.of("id", "dem-b", "title", "尼龙66切片")),
				(d) -> d.get("id"));
		String target = this.indexAdmin.nextGenerationName(INDEX);

		assertThat(this.indexAdmin.cloneInto(current, target)).isEqualTo(target);
		assertThat(this.indexAdmin.cloneInto(current, target)).as("the same request again").isEqualTo(target);

		assertThat(this.indexAdmin.count(target)).isEqualTo(2);
		this.client.index((i) -> i.index(current).id("dem-c").document(Map.of("id", "dem-c", "title", "培育钻石")));
		this.client.index((i) -> i.index(target).id("dem-c").document(Map.of("id", "dem-c", "title", "培育钻石")));
		assertThat(this.indexAdmin.count(target)).as("the clone takes writes").isEqualTo(3);
		this.indexAdmin.discard(target);
	}

	@Test
	@DisplayName("a target that exists but is not a clone of the current generation fails the clone and is left "
			+ "alone; the source takes writes again")
	void foreignTargetFails() throws Exception {
		String current = this.generations.replaceAll(INDEX, List.of(Map.of("id", "dem-a", "title", "动力电池回收")),
				(d) -> d.get("id"));
		String other = INDEX.alias() + "-other";
		this.client.indices().create((c) -> c.index(other));

		assertThatThrownBy(() -> this.indexAdmin.cloneInto(current, other)).isInstanceOf(ElasticsearchException.class)
			.hasMessageContaining("resource_already_exists_exception");
		assertThat(this.client.indices().exists((e) -> e.index(other)).value()).as("not ours: not deleted").isTrue();
		this.client.index((i) -> i.index(current).id("dem-b").document(Map.of("id", "dem-b", "title", "尼龙66切片")));
		assertThat(this.indexAdmin.count(current)).as("the source takes writes again").isEqualTo(2);
	}

}
