package org.techmatch.matching;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which structured criteria of a {@link MatchCriteria} a candidate meets, read from its
 * own fields: the same conditions the match query uses as filters when a need lists them
 * in {@code require} ({@link MatchQueryBuilder}).
 */
final class CriteriaCheck {

	private CriteriaCheck() {
	}

	/** Criteria a supply item meets for a need. */
	static Set<MatchReasonKind> supply(MatchCriteria criteria, Candidate item) {
		Set<MatchReasonKind> met = EnumSet.noneOf(MatchReasonKind.class);
		if (!criteria.chains().isEmpty()
				&& (has(criteria.chains(), item.chain()) || overlaps(criteria.chains(), item.chains()))) {
			met.add(MatchReasonKind.SAME_CHAIN);
		}
		if (!criteria.clusters().isEmpty()
				&& (has(criteria.clusters(), item.cluster()) || overlaps(criteria.clusters(), item.clusters()))) {
			met.add(MatchReasonKind.SAME_CLUSTER);
		}
		if (criteria.maturity() != null && item.maturityRank() != null
				&& item.maturityRank() >= criteria.maturity().rank()) {
			met.add(MatchReasonKind.MATURITY_OK);
		}
		if (!criteria.modes().isEmpty() && (overlaps(criteria.modes(), item.transferModes())
				|| overlaps(ModeCompatibility.servicesFor(criteria.modes()), item.serviceTypes()))) {
			met.add(MatchReasonKind.MODE_COMPATIBLE);
		}
		if (criteria.budgetMax() != null && item.price() != null && (item.price().negotiable()
				|| (item.price().minWan() != null && item.price().minWan() <= criteria.budgetMax()))) {
			met.add(MatchReasonKind.WITHIN_BUDGET);
		}
		if (criteria.city() != null && criteria.city().equals(item.city())) {
			met.add(MatchReasonKind.SAME_CITY);
		}
		return met;
	}

	/** Criteria an open demand meets for a supply item. */
	static Set<MatchReasonKind> demand(MatchCriteria criteria, Candidate demand) {
		Set<MatchReasonKind> met = EnumSet.noneOf(MatchReasonKind.class);
		if (has(criteria.chains(), demand.chain())) {
			met.add(MatchReasonKind.SAME_CHAIN);
		}
		if (has(criteria.clusters(), demand.cluster())) {
			met.add(MatchReasonKind.SAME_CLUSTER);
		}
		if (criteria.maturity() != null && demand.maturityRank() != null
				&& demand.maturityRank() <= criteria.maturity().rank()) {
			met.add(MatchReasonKind.MATURITY_OK);
		}
		if (overlaps(criteria.modes(), demand.cooperationModes())) {
			met.add(MatchReasonKind.MODE_COMPATIBLE);
		}
		if (criteria.priceMin() != null && demand.budget() != null && (demand.budget().negotiable()
				|| (demand.budget().maxWan() != null && demand.budget().maxWan() >= criteria.priceMin()))) {
			met.add(MatchReasonKind.WITHIN_BUDGET);
		}
		if (criteria.city() != null && criteria.city().equals(demand.city())) {
			met.add(MatchReasonKind.SAME_CITY);
		}
		return met;
	}

	private static boolean has(Collection<String> values, String value) {
		return value != null && values.contains(value);
	}

	private static boolean overlaps(Collection<?> wanted, List<?> offered) {
		for (Object value : offered) {
			if (value != null && wanted.contains(value)) {
				return true;
			}
		}
		return false;
	}

}
