package org.techmatch.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.DemandStatus;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.supply.SupplyTextQuery;

/**
 * The match query, both ways: a need against achievements and capabilities, and a supply
 * item against open demands. One request per page: the lexical part
 * ({@link SupplyTextQuery} over the whole text, plus the need's title on its own) must
 * match; the structured clauses are {@code should} clauses wrapped in
 * {@code constant_score}, each named after its {@link MatchReasonKind}, so they re-rank
 * by a known weight, exclude nothing (unless required), and come back in every hit's
 * {@code matched_queries} with their score.
 */
@Component
public class MatchQueryBuilder {

	/**
	 * How much of a long text must match (Elasticsearch minimum_should_match, per field).
	 */
	static final String TEXT_MINIMUM_SHOULD_MATCH = "20%";

	/**
	 * Reverse matching reads a supply item's longer text against short demands: a lower
	 * share must match.
	 */
	static final String REVERSE_TEXT_MINIMUM_SHOULD_MATCH = "10%";

	static final String TITLE_MINIMUM_SHOULD_MATCH = "2<60%";

	static final float TITLE_BOOST = 2.0f;

	/**
	 * Weights of the structured clauses (constant scores added to the lexical score). The
	 * chain decides the field; what the demand states about terms (maturity, cooperation
	 * modes, budget) orders the items of that field: a pilot-proven item the enterprise
	 * can license beats a lab result it cannot. Measured with {@code mvn -Pbench verify
	 * -Dbench=relevance} (demands stating terms, nDCG@10): 3/2/2 → 0.669, 10/8/8 → 0.712,
	 * 20/15/15 → 0.765, 40/30/30 → 0.826; demands stating only text unchanged at 0.973.
	 */
	static final Map<MatchReasonKind, Float> WEIGHTS = Map.of(MatchReasonKind.SAME_CHAIN, 60.0f,
			MatchReasonKind.SAME_CLUSTER, 15.0f, MatchReasonKind.MATURITY_OK, 40.0f, MatchReasonKind.MODE_COMPATIBLE,
			30.0f, MatchReasonKind.WITHIN_BUDGET, 30.0f, MatchReasonKind.SAME_CITY, 1.0f);

	/**
	 * Words of how demands are written, not of what they ask for (我公司…希望寻求…技术方案): removed
	 * from the query text so that they neither match every record nor show up as matched
	 * terms. Longest first.
	 */
	static final List<String> BOILERPLATE = List.of("我们公司", "我公司", "我单位", "我们厂", "我厂", "我们", "公司", "有没有", "希望", "寻求",
			"想找", "想要", "想用", "想", "需要", "需求", "求购", "现在", "目前", "问题", "解决", "技术", "方案", "一套", "一些", "一点", "能够", "可以",
			"最好", "合作", "团队", "相关", "方面", "进行", "提供");

	/** An inferred chain is a guess: it weighs this share of a chain the need names. */
	static final float INFERRED_CHAIN_FACTOR = 0.75f;

	/**
	 * The lexical clauses read at most this much of the need (title and keywords first):
	 * enough for the gist, and a long text with synonyms and bigrams over several fields
	 * would exceed Elasticsearch's clause limit.
	 */
	static final int TEXT_MAX_CHARS = 300;

	/**
	 * The name of the whole lexical part (the need's text and its title clause): its
	 * score in {@code matched_queries} is the TEXT reason's weight.
	 */
	static final String TEXT_CLAUSE = "text";

	/**
	 * Highlighted (short) fields. Long descriptions are not highlighted, and highlighting
	 * uses a plain {@code multi_match} of the text rather than the whole query: measured,
	 * that keeps highlighting from tripling the request's time. The fast vector
	 * highlighter reads the stored term vectors instead of analysing the hits again.
	 */
	static final List<String> SUPPLY_HIGHLIGHT_FIELDS = List.of("title", "keywords", "summary",
			"representativeResults");

	static final List<String> DEMAND_HIGHLIGHT_FIELDS = List.of("title", "keywords", "description");

	private static final List<String> TITLE_FIELDS = List.of("title^2", "keywords");

	private final IndustrialChainTaxonomy taxonomy;

	private final ChainInference chainInference;

	public MatchQueryBuilder(IndustrialChainTaxonomy taxonomy, ChainInference chainInference) {
		this.taxonomy = taxonomy;
		this.chainInference = chainInference;
	}

	public static List<String> supplyIndices() {
		return List.of(CatalogIndices.ACHIEVEMENTS.alias(), CatalogIndices.CAPABILITIES.alias());
	}

	/** Need → supply: the query and the criteria it compares against. */
	public MatchPlan supplyFor(Need need) {
		Optional<IndustrialChain> given = (need.chain() != null)
				? this.taxonomy.chain(need.chain()).or(() -> this.taxonomy.findChainByName(need.chain()))
				: Optional.empty();
		Optional<IndustrialChain> chain = given.isPresent() ? given : this.chainInference
			.infer(need.title() + " " + String.join(" ", need.keywords()) + " " + need.description());
		boolean inferred = given.isEmpty() && chain.isPresent();
		List<String> chains = chain.map((c) -> List.of(c.code())).orElse(List.of());
		List<String> clusters = chain.map((c) -> List.of(c.clusterCode())).orElse(List.of());
		Set<TransferMode> modes = need.cooperationModes().isEmpty() ? Set.of()
				: EnumSet.copyOf(need.cooperationModes());
		MatchCriteria criteria = new MatchCriteria(chains, inferred, clusters, need.maturityAtLeast(), modes,
				need.budgetMax(), null, blankToNull(need.city()));

		Clauses clauses = new Clauses(need.require());
		if (!chains.isEmpty()) {
			float weight = weight(MatchReasonKind.SAME_CHAIN) * (inferred ? INFERRED_CHAIN_FACTOR : 1f);
			clauses.add(MatchReasonKind.SAME_CHAIN, weight, anyOf(terms("chain", chains), terms("chains", chains)));
			clauses.add(MatchReasonKind.SAME_CLUSTER, weight(MatchReasonKind.SAME_CLUSTER),
					anyOf(terms("cluster", clusters), terms("clusters", clusters)));
		}
		if (need.maturityAtLeast() != null) {
			int rank = need.maturityAtLeast().rank();
			clauses.add(MatchReasonKind.MATURITY_OK, weight(MatchReasonKind.MATURITY_OK),
					Query.of((q) -> q.range((r) -> r.number((n) -> n.field("maturityRank").gte((double) rank)))));
		}
		if (!modes.isEmpty()) {
			List<String> services = ModeCompatibility.servicesFor(modes).stream().map(ServiceType::name).toList();
			List<Query> alternatives = new ArrayList<>();
			alternatives.add(terms("transferModes", modes.stream().map(TransferMode::name).toList()));
			if (!services.isEmpty()) {
				alternatives.add(terms("serviceTypes", services));
			}
			clauses.add(MatchReasonKind.MODE_COMPATIBLE, weight(MatchReasonKind.MODE_COMPATIBLE),
					anyOf(alternatives.toArray(Query[]::new)));
		}
		if (need.budgetMax() != null) {
			double max = need.budgetMax();
			clauses.add(MatchReasonKind.WITHIN_BUDGET, weight(MatchReasonKind.WITHIN_BUDGET),
					anyOf(Query.of((q) -> q.term((t) -> t.field("price.negotiable").value(true))),
							Query.of((q) -> q.range((r) -> r.number((n) -> n.field("price.minWan").lte(max))))));
		}
		if (criteria.city() != null) {
			clauses.add(MatchReasonKind.SAME_CITY, weight(MatchReasonKind.SAME_CITY),
					terms("city", List.of(criteria.city())));
		}
		String text = gist(withoutBoilerplate(need.text()));
		Query lexical = lexical(text, withoutBoilerplate(titleText(need)), TEXT_MINIMUM_SHOULD_MATCH);
		return new MatchPlan(clauses.query(lexical, List.of()), criteria, text);
	}

	/** Supply → demands: the open demands a supply item could serve. */
	public MatchPlan demandsFor(SupplyProfile supply) {
		MatchCriteria criteria = new MatchCriteria(supply.chains(), false, supply.clusters(), supply.maturity(),
				supply.modes(), null, supply.priceMin(), blankToNull(supply.city()));
		Clauses clauses = new Clauses(List.of());
		if (!supply.chains().isEmpty()) {
			clauses.add(MatchReasonKind.SAME_CHAIN, weight(MatchReasonKind.SAME_CHAIN),
					terms("chain", supply.chains()));
		}
		if (!supply.clusters().isEmpty()) {
			clauses.add(MatchReasonKind.SAME_CLUSTER, weight(MatchReasonKind.SAME_CLUSTER),
					terms("cluster", supply.clusters()));
		}
		if (supply.maturity() != null) {
			int rank = supply.maturity().rank();
			clauses.add(MatchReasonKind.MATURITY_OK, weight(MatchReasonKind.MATURITY_OK),
					Query.of((q) -> q.range((r) -> r.number((n) -> n.field("maturityRank").lte((double) rank)))));
		}
		if (!supply.modes().isEmpty()) {
			clauses.add(MatchReasonKind.MODE_COMPATIBLE, weight(MatchReasonKind.MODE_COMPATIBLE),
					terms("cooperationModes", supply.modes().stream().map(TransferMode::name).toList()));
		}
		if (supply.priceMin() != null) {
			double min = supply.priceMin();
			clauses.add(MatchReasonKind.WITHIN_BUDGET, weight(MatchReasonKind.WITHIN_BUDGET),
					anyOf(Query.of((q) -> q.term((t) -> t.field("budget.negotiable").value(true))),
							Query.of((q) -> q.range((r) -> r.number((n) -> n.field("budget.maxWan").gte(min))))));
		}
		if (criteria.city() != null) {
			clauses.add(MatchReasonKind.SAME_CITY, weight(MatchReasonKind.SAME_CITY),
					terms("city", List.of(criteria.city())));
		}
		List<Query> filters = List.of(terms("status", DemandStatus.SEEKING.stream().map(Enum::name).sorted().toList()),
				Query.of((q) -> q
					.bool((b) -> b.should((s) -> s.range((r) -> r.date((d) -> d.field("deadline").gte("now/d"))))
						.should((s) -> s.bool((n) -> n.mustNot((m) -> m.exists((e) -> e.field("deadline")))))
						.minimumShouldMatch("1"))));
		String text = gist(withoutBoilerplate(supply.text()));
		Query lexical = lexical(text, withoutBoilerplate(supply.title()), REVERSE_TEXT_MINIMUM_SHOULD_MATCH);
		return new MatchPlan(clauses.query(lexical, filters), criteria, text);
	}

	/** The search request of one page of supply matches. */
	public SearchRequest supplySearch(MatchPlan plan, int size, SearchCursor after) {
		return supplySearch(plan, size, after, List.of());
	}

	/**
	 * The search request of one page of supply matches, without the {@code omitted}
	 * source fields.
	 */
	public SearchRequest supplySearch(MatchPlan plan, int size, SearchCursor after, List<String> omitted) {
		return search(supplyIndices(), plan, size, after, SUPPLY_HIGHLIGHT_FIELDS, omitted);
	}

	/** The search request of one page of demands. */
	public SearchRequest demandSearch(MatchPlan plan, int size, SearchCursor after) {
		return search(List.of(DemandIndices.DEMANDS.alias()), plan, size, after, DEMAND_HIGHLIGHT_FIELDS, List.of());
	}

	private static SearchRequest search(List<String> indices, MatchPlan plan, int size, SearchCursor after,
			List<String> highlightFields, List<String> omitted) {
		List<String> excluded = new ArrayList<>(omitted);
		excluded.add("contact");
		return SearchRequest.of((s) -> {
			s.index(indices)
				.ignoreUnavailable(true)
				.allowNoIndices(true)
				.query(plan.query())
				.size(size)
				.trackTotalHits((t) -> t.enabled(true))
				.includeNamedQueriesScore(true)
				.seqNoPrimaryTerm(true)
				.source((src) -> src.filter((f) -> f.excludes(excluded)))
				.sort((o) -> o.score((sc) -> sc.order(SortOrder.Desc)))
				.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc)))
				.highlight((h) -> {
					h.type(HighlighterType.FastVector)
						.preTags("<em>")
						.postTags("</em>")
						.requireFieldMatch(true)
						.highlightQuery(
								(q) -> q.multiMatch((m) -> m.query(plan.highlightText()).fields(highlightFields)));
					for (String field : highlightFields) {
						h.fields(NamedValue.of(field,
								HighlightField.of((f) -> f.numberOfFragments(3).fragmentSize(40))));
					}
					return h;
				});
			if (after != null) {
				s.searchAfter(after.searchAfter());
			}
			return s;
		});
	}

	/**
	 * The lexical part: the whole text with a low share of words, or the title alone with
	 * most of its words.
	 */
	private static String gist(String text) {
		String normalized = SupplyTextQuery.normalize(text);
		return (normalized.length() > TEXT_MAX_CHARS) ? normalized.substring(0, TEXT_MAX_CHARS) : normalized;
	}

	private static Query lexical(String text, String title, String minimumShouldMatch) {
		Query whole = SupplyTextQuery.of(text, minimumShouldMatch);
		String titleQuery = SupplyTextQuery
			.normalize((title.length() > TEXT_MAX_CHARS) ? title.substring(0, TEXT_MAX_CHARS) : title);
		Query titleClause = Query.of((q) -> q.multiMatch((m) -> m.query(titleQuery)
			.fields(TITLE_FIELDS)
			.type(TextQueryType.BestFields)
			.operator(Operator.Or)
			.minimumShouldMatch(TITLE_MINIMUM_SHOULD_MATCH)
			.boost(TITLE_BOOST)));
		return Query.of((q) -> q
			.bool((b) -> b.should(whole).should(titleClause).minimumShouldMatch("1").queryName(TEXT_CLAUSE)));
	}

	/**
	 * The text without {@link #BOILERPLATE}; the original when nothing else would be
	 * left.
	 */
	static String withoutBoilerplate(String text) {
		String cleaned = text;
		for (String word : BOILERPLATE) {
			cleaned = cleaned.replace(word, " ");
		}
		cleaned = cleaned.replaceAll("\\s+", " ").strip();
		return cleaned.replaceAll("[\\p{P}\\s]", "").isEmpty() ? text : cleaned;
	}

	private static String titleText(Need need) {
		return need.keywords().isEmpty() ? need.title() : need.title() + " " + String.join(" ", need.keywords());
	}

	private static float weight(MatchReasonKind kind) {
		return WEIGHTS.get(kind);
	}

	private static Query terms(String field, List<String> values) {
		List<FieldValue> fieldValues = values.stream().map(FieldValue::of).toList();
		return Query.of((q) -> q.terms((t) -> t.field(field).terms((v) -> v.value(fieldValues))));
	}

	private static Query anyOf(Query... alternatives) {
		if (alternatives.length == 1) {
			return alternatives[0];
		}
		return Query.of((q) -> q.bool((b) -> b.should(List.of(alternatives)).minimumShouldMatch("1")));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/** The named, constant-weight structured clauses; the required ones also filter. */
	private static final class Clauses {

		private final Set<MatchReasonKind> required;

		private final List<Query> should = new ArrayList<>();

		private final List<Query> filter = new ArrayList<>();

		Clauses(List<MatchReasonKind> required) {
			this.required = new LinkedHashSet<>(required);
		}

		void add(MatchReasonKind kind, float weight, Query condition) {
			this.should
				.add(Query.of((q) -> q.constantScore((c) -> c.filter(condition).boost(weight).queryName(kind.name()))));
			if (this.required.contains(kind)) {
				this.filter.add(condition);
			}
		}

		Query query(Query lexical, List<Query> extraFilters) {
			return Query.of((q) -> q.bool((BoolQuery.Builder b) -> b.must(lexical)
				.should(this.should)
				.filter(this.filter)
				.filter(extraFilters)));
		}

	}

}
