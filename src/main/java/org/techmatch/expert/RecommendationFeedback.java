package org.techmatch.expert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.elasticsearch.core.ElasticsearchOperations;
import org.springframework.data.elasticsearch.core.SearchHit;
import org.springframework.data.elasticsearch.core.SearchHits;
import org.springframework.data.elasticsearch.core.query.Criteria;
import org.springframework.data.elasticsearch.core.query.CriteriaQuery;
import org.springframework.data.elasticsearch.core.query.Query;
import org.springframework.stereotype.Component;

import org.techmatch.accounts.Caller;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchFeedback;

/**
 * The workflow's feedback to matching, from a demand's recommendations (one read; many
 * demands' in one {@code _msearch}): items declined as NOT_A_FIT or ALREADY_SOLVED leave
 * its matches for everyone; every recommended item is marked on its match for experts and
 * administrators, and for the owning organisation's members once it is SENT. In reverse,
 * from an item's declines (one read): the demands that declined it as NOT_A_FIT or
 * ALREADY_SOLVED leave that item's {@code demandsFor} for everyone.
 */
@Component
public class RecommendationFeedback implements MatchFeedback {

	/** A demand's recommendations read, as the repository's derived query reads them. */
	static final int MAX_PER_DEMAND = 100;

	private static final List<DeclineReason> REMOVING = Arrays.stream(DeclineReason.values())
		.filter(DeclineReason::removesMatch)
		.toList();

	private final RecommendationRepository repository;

	private final ElasticsearchOperations operations;

	public RecommendationFeedback(RecommendationRepository repository, ElasticsearchOperations operations) {
		this.repository = repository;
		this.operations = operations;
	}

	@Override
	public Recorded recorded(Demand demand) {
		return fromRecommendations(this.repository.findTop100ByDemandIdOrderByCreatedAtAsc(demand.id()));
	}

	/**
	 * The same, for many demands in one {@code _msearch}: per demand the query of
	 * {@link RecommendationRepository#findTop100ByDemandIdOrderByCreatedAtAsc}.
	 */
	@Override
	public Map<String, Recorded> recorded(List<Demand> demands) {
		Map<String, Recorded> recorded = new LinkedHashMap<>();
		if (demands.isEmpty()) {
			return recorded;
		}
		List<Query> queries = demands.stream()
			.map((demand) -> (Query) CriteriaQuery.builder(Criteria.where("demandId").is(demand.id()))
				.withSort(Sort.by(Sort.Direction.ASC, "createdAt"))
				.withMaxResults(MAX_PER_DEMAND)
				.build())
			.toList();
		List<SearchHits<Recommendation>> results = this.operations.multiSearch(queries, Recommendation.class);
		for (int i = 0; i < demands.size(); i++) {
			recorded.put(demands.get(i).id(),
					fromRecommendations(results.get(i).getSearchHits().stream().map(SearchHit::getContent).toList()));
		}
		return recorded;
	}

	private static Recorded fromRecommendations(List<Recommendation> recommendations) {
		Set<String> excluded = new HashSet<>();
		List<RecordedMark> marks = new ArrayList<>();
		for (Recommendation recommendation : recommendations) {
			if (recommendation.getStatus() == RecommendationStatus.DECLINED && recommendation.getDeclineReason() != null
					&& recommendation.getDeclineReason().removesMatch()) {
				excluded.add(recommendation.getSupplyId());
			}
			marks.add(new RecordedMark(
					recommendation.getSupplyId(), new RecommendationMark(recommendation.getId(),
							recommendation.getStatus().name(), recommendation.getExpertName()),
					recommendation.getStatus().visibleToEnterprise()));
		}
		return (excluded.isEmpty() && marks.isEmpty()) ? Recorded.NONE : new Recorded(excluded, marks);
	}

	@Override
	public Feedback seenBy(Demand demand, Recorded recorded) {
		return seenBy(demand, recorded, Caller.current());
	}

	/**
	 * Every recommended item is marked for experts and administrators, and for the owning
	 * organisation's members once it is SENT.
	 */
	private static Feedback seenBy(Demand demand, Recorded recorded, Caller caller) {
		boolean staff = caller.isStaff();
		boolean owner = caller.isMemberOf(demand.organisationId());
		Map<String, RecommendationMark> marks = new HashMap<>();
		for (RecordedMark entry : recorded.recommendations()) {
			if (staff || (owner && entry.visibleToEnterprise())) {
				marks.put(entry.supplyId(), entry.mark());
			}
		}
		return (recorded.excluded().isEmpty() && marks.isEmpty()) ? Feedback.NONE
				: new Feedback(recorded.excluded(), marks);
	}

	@Override
	public Set<String> excludedDemands(String supplyId) {
		return this.repository
			.findTop1000BySupplyIdAndStatusAndDeclineReasonIn(supplyId, RecommendationStatus.DECLINED, REMOVING)
			.stream()
			.map(Recommendation::getDemandId)
			.collect(Collectors.toSet());
	}

}
