package org.techmatch.expert;

import java.util.List;

import org.springframework.data.elasticsearch.repository.ElasticsearchRepository;

/**
 * Recommendations, read and written through Spring Data Elasticsearch (changes
 * conditional on their revision, new ones only under a free id:
 * {@link RecommendationCreator}). Aggregations go through the client
 * ({@code org.techmatch.stats}).
 */
public interface RecommendationRepository
		extends ElasticsearchRepository<Recommendation, String>, RecommendationCreator {

	/** A demand's recommendations (a demand has a few; at most 100 are read). */
	List<Recommendation> findTop100ByDemandIdOrderByCreatedAtAsc(String demandId);

}
