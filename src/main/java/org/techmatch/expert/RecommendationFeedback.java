package org.techmatch.expert;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.techmatch.accounts.Caller;
import org.techmatch.demand.Demand;
import org.techmatch.matching.MatchFeedback;

/**
 * The workflow's feedback to matching, from a demand's recommendations (one read): items
 * declined as NOT_A_FIT or ALREADY_SOLVED leave its matches for everyone; every
 * recommended item is marked on its match for experts and administrators, and for the
 * owning organisation's members once it is SENT. In reverse, from an item's declines (one
 * read): the demands that declined it as NOT_A_FIT or ALREADY_SOLVED leave that item's
 * {@code demandsFor} for everyone.
 */
@Component
public class RecommendationFeedback implements MatchFeedback {

	private static final List<DeclineReason> REMOVING = Arrays.stream(DeclineReason.values())
		.filter(DeclineReason::removesMatch)
		.toList();

	private final RecommendationRepository repository;

	public RecommendationFeedback(RecommendationRepository repository) {
		this.repository = repository;
	}

	@Override
	public Feedback forDemand(Demand demand) {
		Caller caller = Caller.current();
		boolean staff = caller.isStaff();
		boolean owner = caller.isMemberOf(demand.organisationId());
		Set<String> excluded = new HashSet<>();
		Map<String, RecommendationMark> marks = new HashMap<>();
		for (Recommendation recommendation : this.repository.findTop100ByDemandIdOrderByCreatedAtAsc(demand.id())) {
			if (recommendation.getStatus() == RecommendationStatus.DECLINED && recommendation.getDeclineReason() != null
					&& recommendation.getDeclineReason().removesMatch()) {
				excluded.add(recommendation.getSupplyId());
			}
			if (staff || (owner && recommendation.getStatus().visibleToEnterprise())) {
				marks.put(recommendation.getSupplyId(), new RecommendationMark(recommendation.getId(),
						recommendation.getStatus().name(), recommendation.getExpertName()));
			}
		}
		return (excluded.isEmpty() && marks.isEmpty()) ? Feedback.NONE : new Feedback(excluded, marks);
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
