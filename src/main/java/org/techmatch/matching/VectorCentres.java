package org.techmatch.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.util.ObjectBuilder;

import org.springframework.stereotype.Component;

import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.Vectors;
import org.techmatch.supply.SupplyStamp;

/**
 * The centre of the vectors of the indices matched against: the mean of the unit vectors
 * of a sample of their records embedded by the current model, for {@link MatchRanking} to
 * compare centred vectors. A sentence model's vectors crowd into a narrow cone
 * (bge-small-zh-v1.5: the mean of the unit vectors of the 2,810 zhibei achievements has
 * length 0.68), so every cosine is high and the differences that rank are small; less
 * half the centre, they spread out. The centre is the catalogue's own: the mean of the
 * project's generated demo corpus, which leans differently (cosine 0.96 with the zhibei
 * mean), ranks the zhibei sets worse (see docs/benchmarks.md).
 * <p>
 * The catalogue's centre is read once per supply stamp (one search); other indices (a
 * benchmark's or a test's, which the stamp does not cover) are read each time. The sample
 * is the same records for the same contents ({@code random_score} seeded on the id), so a
 * centre read again over unchanged supply is the same and a stored match list stays what
 * a new computation would give.
 */
@Component
class VectorCentres {

	/** How many records the centre is the mean of (100 random ones already agree). */
	static final int SAMPLE = 1000;

	/** Fewer vectors than this: no centre (the mean of a few records is their topic). */
	static final int MIN_VECTORS = 100;

	private final ElasticsearchClient client;

	private final SupplyStamp supplyStamp;

	private final EmbeddingTexts texts;

	private volatile Centre catalogue;

	VectorCentres(ElasticsearchClient client, SupplyStamp supplyStamp, EmbeddingTexts texts) {
		this.client = client;
		this.supplyStamp = supplyStamp;
		this.texts = texts;
	}

	/** The catalogue's centre at a supply stamp; null for none (too few vectors). */
	private record Centre(String stamp, float[] vector) {
	}

	/** A record's vector alone. */
	private record VectorOnly(String vector) {
	}

	/**
	 * The centre of the vectors in {@code indices}, null when they hold fewer than
	 * {@value #MIN_VECTORS} vectors.
	 */
	float[] of(List<String> indices) {
		if (!indices.equals(MatchQueryBuilder.supplyIndices())) {
			// the stamp covers the catalogue's indices only: others (a benchmark's, a
			// test's) are read each time
			return read(indices);
		}
		String stamp = this.supplyStamp.current();
		Centre known = this.catalogue;
		if (known != null && stamp != null && stamp.equals(known.stamp())) {
			return known.vector();
		}
		Centre read = new Centre(stamp, read(indices));
		this.catalogue = read;
		return read.vector();
	}

	/**
	 * Records embedded by the current model (not those still waiting for a vector, nor
	 * those of a model used before).
	 */
	private ObjectBuilder<Query> ofThisModel(Query.Builder q) {
		return q.term((t) -> t.field("embedding").value(this.texts.modelId()));
	}

	private float[] read(List<String> indices) {
		SearchResponse<VectorOnly> response;
		try {
			response = this.client.search((s) -> s.index(indices)
				.ignoreUnavailable(true)
				.allowNoIndices(true)
				.size(SAMPLE)
				.trackTotalHits((t) -> t.enabled(false))
				.source((src) -> src.filter((f) -> f.includes("vector")))
				.query((q) -> q.functionScore((f) -> f.query(this::ofThisModel)
					.functions((fn) -> fn.randomScore((r) -> r.seed("1").field("id"))))), VectorOnly.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		List<float[]> units = new ArrayList<>();
		for (Hit<VectorOnly> hit : response.hits().hits()) {
			float[] vector = (hit.source() != null) ? Vectors.decode(hit.source().vector()) : null;
			if (vector != null && (units.isEmpty() || vector.length == units.get(0).length)) {
				units.add(Vectors.normalize(vector));
			}
		}
		return (units.size() < MIN_VECTORS) ? null : Vectors.mean(units);
	}

}
