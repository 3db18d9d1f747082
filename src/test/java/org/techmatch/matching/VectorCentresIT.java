package org.techmatch.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.Vectors;
import org.techmatch.supply.SupplyStamp;
import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.ElasticsearchRequestLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * The centre matching compares vectors around: the mean of the unit vectors of a sample
 * of the records matched against, read from the node once per supply stamp for the
 * catalogue.
 */
@Import(ElasticsearchRequestLog.class)
class VectorCentresIT extends ElasticsearchIntegrationTest {

	private static final String INDEX = "techmatch-it-centres";

	private static final int DIMENSIONS = 16;

	@Autowired
	private VectorCentres centres;

	@Autowired
	private ElasticsearchClient client;

	@Autowired
	private SupplyStamp supplyStamp;

	@Autowired
	private EmbeddingTexts texts;

	@AfterEach
	void deleteIndex() throws Exception {
		this.client.indices().delete((d) -> d.index(INDEX).ignoreUnavailable(true));
	}

	@Test
	@DisplayName("the centre is the mean of the records' unit vectors, read once while the supply is unchanged")
	void meanOfUnitVectors() throws Exception {
		List<float[]> vectors = index(300);
		float[] expected = Vectors.mean(vectors.stream().map(Vectors::normalize).toList());

		float[] centre = this.centres.of(List.of(INDEX));

		assertThat(centre).hasSize(DIMENSIONS);
		assertThat(Vectors.cosine(centre, expected)).isCloseTo(1.0, within(0.001));
		assertThat(length(centre)).as("the vectors lean one way").isCloseTo(length(expected), within(0.01));
		assertThat(length(centre)).isGreaterThan(0.5);

		ElasticsearchRequestLog.clear();
		assertThat(this.centres.of(List.of(INDEX))).isEqualTo(centre);
		assertThat(ElasticsearchRequestLog.requests())
			.as("the same sample, read again: not the catalogue's, so "
					+ "the supply stamp does not say whether it changed")
			.hasSize(1);
	}

	@Test
	@DisplayName("the catalogue's centre is read once per supply stamp")
	void catalogueReadOncePerStamp() {
		List<String> catalogue = MatchQueryBuilder.supplyIndices();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			String stamp = this.supplyStamp.current();
			assertThat(stamp).isNotNull();
			this.centres.of(catalogue);
			ElasticsearchRequestLog.clear();
			this.centres.of(catalogue);
			List<String> requests = ElasticsearchRequestLog.requests();
			assertThat(this.supplyStamp.current()).as("no supply change meanwhile").isEqualTo(stamp);
			assertThat(requests).as("read again from memory").isEmpty();
		});
	}

	@Test
	@DisplayName("records embedded by another model are not part of the centre")
	void otherModelsLeftOut() throws Exception {
		List<float[]> current = index(150);
		index(150, "an-older-model", 1);
		float[] expected = Vectors.mean(current.stream().map(Vectors::normalize).toList());
		assertThat(Vectors.cosine(this.centres.of(List.of(INDEX)), expected)).isCloseTo(1.0, within(0.001));
	}

	@Test
	@DisplayName("fewer than 100 records with a vector: no centre (the mean of a few records is their topic)")
	void tooFewVectors() throws Exception {
		index(99);
		assertThat(this.centres.of(List.of(INDEX))).isNull();
	}

	@Test
	@DisplayName("indices that do not exist have no centre, and no error")
	void missingIndex() {
		assertThat(this.centres.of(List.of("techmatch-it-no-such-index"))).isNull();
	}

	/**
	 * {@code count} records embedded by the current model whose vectors lean along the
	 * first axis, stored as matching stores them.
	 */
	private List<float[]> index(int count) throws Exception {
		return index(count, this.texts.modelId(), 0);
	}

	/** {@code count} records embedded by {@code model}, leaning along {@code axis}. */
	private List<float[]> index(int count, String model, int axis) throws Exception {
		if (!this.client.indices().exists((e) -> e.index(INDEX)).value()) {
			this.client.indices()
				.create((c) -> c.index(INDEX)
					.mappings((m) -> m.properties("id", (p) -> p.keyword((k) -> k))
						.properties("embedding", (p) -> p.keyword((k) -> k))
						.properties("vector", (p) -> p.binary((b) -> b))));
		}
		Random random = new Random(7 + axis);
		List<float[]> vectors = new ArrayList<>();
		BulkRequest.Builder bulk = new BulkRequest.Builder().index(INDEX).refresh(Refresh.True);
		for (int n = 0; n < count; n++) {
			float[] v = new float[DIMENSIONS];
			for (int i = 0; i < DIMENSIONS; i++) {
				v[i] = (float) random.nextGaussian() * 0.3f;
			}
			v[axis] += 1;
			String encoded = Vectors.encode(Vectors.normalize(v));
			vectors.add(Vectors.decode(encoded));
			String id = model + "-" + n;
			Map<String, Object> document = Map.of("id", id, "vector", encoded, "embedding", model);
			bulk.operations((o) -> o.index((i) -> i.id(id).document(document)));
		}
		assertThat(this.client.bulk(bulk.build()).errors()).isFalse();
		return vectors;
	}

	private static double length(float[] v) {
		double sum = 0;
		for (float x : v) {
			sum += (double) x * x;
		}
		return Math.sqrt(sum);
	}

}
