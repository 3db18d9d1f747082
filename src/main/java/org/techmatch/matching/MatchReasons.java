package org.techmatch.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Budget;
import org.techmatch.demand.Demand;

/**
 * The reasons of one match, strongest first, with no further request: TEXT from the
 * highlighted words (its weight is the item's text relevance), then each structured
 * criterion the item meets (from {@link MatchRanking}), with what it added to the score
 * and details from the criteria and the item's own fields.
 */
@Component
public class MatchReasons {

	/** At most this many matched terms are listed in a TEXT reason. */
	static final int MAX_TERMS = 6;

	private static final Pattern EM = Pattern.compile("<em>(.+?)</em>");

	private final IndustrialChainTaxonomy taxonomy;

	public MatchReasons(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	/** Reasons a supply item (Achievement or Capability) matched a need. */
	List<MatchReason> forSupply(MatchRanking.Ranked ranked, Map<String, List<String>> highlights,
			MatchCriteria criteria, SupplyItem item) {
		List<MatchReason> reasons = new ArrayList<>();
		reasons.add(text(ranked, highlights));
		for (MatchReasonKind kind : structured(ranked, criteria)) {
			Double weight = ranked.weight(kind, criteria);
			reasons.add(switch (kind) {
				case SAME_CHAIN -> chain(criteria, weight);
				case SAME_CLUSTER -> cluster(criteria, weight);
				case MATURITY_OK -> new MatchReason(kind, "成熟度不低于" + criteria.maturity().label(),
						(item instanceof Achievement a && a.maturity() != null) ? "成果成熟度：" + a.maturity().label()
								: null,
						weight);
				case MODE_COMPATIBLE ->
					new MatchReason(kind, "合作方式相符", "双方都接受：" + labels(commonModes(criteria, item)), weight);
				case WITHIN_BUDGET -> new MatchReason(kind, "报价起价在预算内（≤" + amount(criteria.budgetMax()) + "万元）",
						(item instanceof Achievement a) ? price(a.price()) : null, weight);
				case SAME_CITY -> new MatchReason(kind, "同城：" + criteria.city(), null, weight);
				case TEXT -> throw new IllegalStateException();
			});
		}
		return reasons;
	}

	/** Reasons an open demand could be served by a supply item. */
	List<MatchReason> forDemand(MatchRanking.Ranked ranked, Map<String, List<String>> highlights,
			MatchCriteria criteria, Demand demand) {
		List<MatchReason> reasons = new ArrayList<>();
		reasons.add(text(ranked, highlights));
		for (MatchReasonKind kind : structured(ranked, criteria)) {
			Double weight = ranked.weight(kind, criteria);
			reasons.add(switch (kind) {
				case SAME_CHAIN -> new MatchReason(kind, "同一产业链：" + chainName(demand.chain()), null, weight);
				case SAME_CLUSTER -> new MatchReason(kind, "同一产业集群：" + clusterName(demand.cluster()), null, weight);
				case MATURITY_OK -> new MatchReason(kind, "成熟度满足需求",
						"需求要求不低于" + demand.maturityAtLeast().label() + "，供给为" + criteria.maturity().label(), weight);
				case MODE_COMPATIBLE -> {
					Set<TransferMode> common = new LinkedHashSet<>(demand.cooperationModes());
					common.retainAll(criteria.modes());
					yield new MatchReason(kind, "合作方式相符", "双方都接受：" + labels(common), weight);
				}
				case WITHIN_BUDGET -> new MatchReason(kind, "起价在需求预算内", budget(demand.budget()), weight);
				case SAME_CITY -> new MatchReason(kind, "同城：" + demand.city(), null, weight);
				case TEXT -> throw new IllegalStateException();
			});
		}
		return reasons;
	}

	/**
	 * The distinct highlighted terms of two or more characters (a lone 能 or 用 explains
	 * little), most frequent first; the single characters only when there is nothing
	 * longer.
	 */
	static List<String> highlightedTerms(Map<String, List<String>> highlights) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (List<String> fragments : highlights.values()) {
			for (String fragment : fragments) {
				Matcher m = EM.matcher(fragment);
				while (m.find()) {
					counts.merge(m.group(1).strip(), 1, Integer::sum);
				}
			}
		}
		List<String> words = counts.entrySet()
			.stream()
			.filter((e) -> e.getKey().codePointCount(0, e.getKey().length()) >= 2)
			.sorted((a, b) -> b.getValue() - a.getValue())
			.map(Map.Entry::getKey)
			.limit(MAX_TERMS)
			.toList();
		if (!words.isEmpty()) {
			return words;
		}
		return counts.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.map(Map.Entry::getKey)
			.limit(MAX_TERMS)
			.toList();
	}

	private static MatchReason text(MatchRanking.Ranked ranked, Map<String, List<String>> highlights) {
		List<String> terms = highlightedTerms((highlights != null) ? highlights : Map.of());
		String label = terms.isEmpty() ? "文本相关"
				: "文本匹配：" + String.join("、", terms.subList(0, Math.min(3, terms.size())));
		String detail = terms.isEmpty() ? null : "匹配词：" + String.join("、", terms);
		return new MatchReason(MatchReasonKind.TEXT, label, detail, MatchRanking.round(100 * ranked.text()));
	}

	/** Structured criteria the item meets, by what they added, largest first. */
	private static List<MatchReasonKind> structured(MatchRanking.Ranked ranked, MatchCriteria criteria) {
		List<MatchReasonKind> kinds = new ArrayList<>(ranked.met());
		kinds.sort(java.util.Comparator.comparingDouble((MatchReasonKind kind) -> MatchRanking.bonus(kind, criteria))
			.reversed()
			.thenComparing(Enum::ordinal));
		return kinds;
	}

	private MatchReason chain(MatchCriteria criteria, Double weight) {
		String name = chainName(criteria.chains().isEmpty() ? null : criteria.chains().get(0));
		return new MatchReason(MatchReasonKind.SAME_CHAIN, "同一产业链：" + name, criteria.chainInferred()
				? "产业链由需求文本推断（" + String.join("、", criteria.chainEvidence()) + "）" : "需求指定的产业链", weight);
	}

	private MatchReason cluster(MatchCriteria criteria, Double weight) {
		String code = criteria.clusters().isEmpty() ? null : criteria.clusters().get(0);
		return new MatchReason(MatchReasonKind.SAME_CLUSTER, "同一产业集群：" + clusterName(code), null, weight);
	}

	private String chainName(String code) {
		return (code == null) ? "" : this.taxonomy.chain(code).map((c) -> c.name()).orElse(code);
	}

	private String clusterName(String code) {
		return (code == null) ? "" : this.taxonomy.cluster(code).map((c) -> c.name()).orElse(code);
	}

	private static Set<TransferMode> commonModes(MatchCriteria criteria, SupplyItem item) {
		Set<TransferMode> offered = new LinkedHashSet<>();
		if (item instanceof Achievement a) {
			offered.addAll(a.transferModes());
		}
		else if (item instanceof Capability c) {
			offered.addAll(ModeCompatibility.modesFor(c.serviceTypes()));
		}
		offered.retainAll(criteria.modes());
		return offered;
	}

	private static String labels(Collection<TransferMode> modes) {
		return modes.stream().map(TransferMode::label).collect(Collectors.joining("、"));
	}

	private static String price(AskingPrice price) {
		if (price == null || price.negotiable()) {
			return "报价面议";
		}
		return java.util.Objects.equals(price.minWan(), price.maxWan()) ? "报价" + amount(price.minWan()) + "万元"
				: "报价" + amount(price.minWan()) + "–" + amount(price.maxWan()) + "万元";
	}

	private static String budget(Budget budget) {
		if (budget == null || budget.negotiable()) {
			return "需求预算面议";
		}
		return "需求预算" + ((budget.minWan() != null) ? amount(budget.minWan()) + "–" : "≤") + amount(budget.maxWan())
				+ "万元";
	}

	private static String amount(Double value) {
		if (value == null) {
			return "?";
		}
		return (value == Math.rint(value)) ? String.valueOf(value.longValue()) : String.valueOf(value);
	}

}
