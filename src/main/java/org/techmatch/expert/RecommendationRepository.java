package org.techmatch.expert;

import java.util.Collection;
import java.util.List;

import org.springframework.data.elasticsearch.annotations.SourceFilters;
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

	/**
	 * An item's recommendations in {@code status} with one of {@code reasons}, only their
	 * demand ids read (at most 1000: the demands that declined one item).
	 */
	@SourceFilters(includes = "demandId")
	List<Recommendation> findTop1000BySupplyIdAndStatusAndDeclineReasonIn(String supplyId, RecommendationStatus status,
			Collection<DeclineReason> reasons);

}
