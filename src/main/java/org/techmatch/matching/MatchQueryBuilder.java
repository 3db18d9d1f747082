package org.techmatch.matching;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.CatalogIndices;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.DemandStatus;
import org.techmatch.supply.SupplyTextQuery;

/**
 * The match requests, both ways (a need against achievements and capabilities, a supply
 * item against open demands), in two steps:
 * <ol>
 * <li>the candidates: the {@value #CANDIDATES} best items by text, each read with its
 * vector and the fields the structured criteria compare ({@link Candidate}), for
 * {@link MatchRanking} to order;</li>
 * <li>the page: the items of one page by id, with the highlights that name the matched
 * words.</li>
 * </ol>
 * The text query reads the need the way a broker would: character unigrams and bigrams of
 * the title (weighted twice) and character bigrams of the description, as a BM25 over
 * characters does (it bridges smartcn's coarse segmentation: 镁合金 → 镁 | 合金), plus the
 * segmented words with the domain synonyms over title, keywords, summary and description.
 * A candidate must share at least one segmented word with the need (the gate), so every
 * match has words to show, and nothing is all-or-nothing: a short record that shares two
 * rare words is found. Demand boilerplate (我公司…希望寻求…) is dropped first. Measured on the
 * zhibei development set (nDCG@10 with matching's semantic ordering): words alone 0.549,
 * characters alone 0.579–0.590, words with the unigrams and bigrams of title and
 * description 0.663, with the description's bigrams only 0.669 (our own set: 0.523 and
 * 0.538), which is also the cheaper request; gate or no gate, the same. A long colloquial
 * description drowns its telling words among filler, so the need's 50 character bigrams
 * of highest tf·idf in the corpus ({@code more_like_this}) add to the score at half
 * weight ({@link #SELECTED_BIGRAM_WEIGHT}).
 */
@Component
public class MatchQueryBuilder {

	/**
	 * How many text matches are ranked: 0.652 at 50 and 0.664 at 100 on the development
	 * set.
	 */
	public static final int CANDIDATES = 100;

	/**
	 * Words of how demands are written, not of what they ask for (我公司…希望寻求…技术方案): removed
	 * from the query text so that they neither match every record nor show up as matched
	 * terms. Longest first.
	 */
	static final List<String> BOILERPLATE = List.of("我们公司", "我公司", "我单位", "我们厂", "我厂", "我们", "公司", "企业", "有没有", "能不能",
			"希望", "寻求", "寻找", "想找", "想要", "想用", "想", "需要", "需求", "求购", "现在", "目前", "问题", "解决", "技术", "方案", "办法", "怎么",
			"如何", "什么", "这个", "那个", "一套", "一些", "一点", "能够", "可以", "最好", "合作", "团队", "相关", "方面", "进行", "提供");

	/** The text query reads at most this much of the need (title and keywords first). */
	static final int TEXT_MAX_CHARS = 300;

	/**
	 * The title's character unigrams and bigrams, weighted twice (as a BM25 that repeats
	 * the title).
	 */
	static final List<String> CHAR_FIELDS = List.of("title.chars^2");

	/** The description's character bigrams. */
	static final List<String> BIGRAM_FIELDS = List.of("description.bigram");

	/**
	 * The fields of the selected-bigram clause: the need's character bigrams of highest
	 * tf·idf in the corpus ({@code more_like_this}), over title and description.
	 */
	static final List<String> SELECTED_BIGRAM_FIELDS = List.of("title.bigram", "description.bigram");

	/**
	 * How many bigrams the selected-bigram clause keeps, and its weight. Measured on the
	 * zhibei sets (nDCG@10 with matching's semantic ordering, development / own set; a
	 * replay of the candidates' clause scores and vectors,
	 * {@code -Dbench=relevance-dump}): without it 0.678 / 0.545; 50 bigrams at 0.25 0.682
	 * / 0.547, at 0.5 0.692 / 0.550, at 0.75 0.684 / 0.552, at 1 0.685 / 0.555; 30
	 * bigrams at 0.5 0.690 / 0.550; the same selection of segmented words (25 terms) at
	 * 0.5 0.674 / 0.549.
	 */
	static final int SELECTED_BIGRAMS = 50;

	static final float SELECTED_BIGRAM_WEIGHT = 0.5f;

	/** Segmented word fields of supply items (absent fields are ignored per index). */
	static final List<String> SUPPLY_WORD_FIELDS = List.of("title^2", "keywords^2", "summary", "description",
			"representativeResults");

	static final List<String> DEMAND_WORD_FIELDS = List.of("title^2", "keywords^2", "description");

	/**
	 * Highlighted fields: the matched words of the TEXT reason. Term vectors are stored
	 * on them, so the fast vector highlighter does not analyse the page's texts again.
	 */
	static final List<String> SUPPLY_HIGHLIGHT_FIELDS = List.of("title", "keywords", "summary", "description",
			"representativeResults");

	static final List<String> DEMAND_HIGHLIGHT_FIELDS = List.of("title", "keywords", "description");

	private final IndustrialChainTaxonomy taxonomy;

	private final ChainInference chainInference;

	public MatchQueryBuilder(IndustrialChainTaxonomy taxonomy, ChainInference chainInference) {
		this.taxonomy = taxonomy;
		this.chainInference = chainInference;
	}

	public static List<String> supplyIndices() {
		return List.of(CatalogIndices.ACHIEVEMENTS.alias(), CatalogIndices.CAPABILITIES.alias());
	}

	public static List<String> demandIndices() {
		return List.of(DemandIndices.DEMANDS.alias());
	}

	/**
	 * Need → supply: the text query, the required criteria as filters, and the criteria
	 * to rank by.
	 */
	public MatchPlan supplyFor(Need need) {
		return supplyFor(need, Set.of());
	}

	/**
	 * {@link #supplyFor(Need)} without the items {@code excluded} (a {@code must_not ids}
	 * clause of the candidate query: items the enterprise declined as not a fit or
	 * already solved never become candidates, so pages and counts stay consistent).
	 */
	public MatchPlan supplyFor(Need need, Set<String> excluded) {
		Optional<IndustrialChain> given = (need.chain() != null)
				? this.taxonomy.chain(need.chain()).or(() -> this.taxonomy.findChainByName(need.chain()))
				: Optional.empty();
		Optional<ChainInference.Inference> inferred = given.isPresent() ? Optional.empty()
				: this.chainInference.infer(need.title(), String.join(" ", need.keywords()) + " " + need.description());
		Optional<IndustrialChain> chain = given.or(() -> inferred.map(ChainInference.Inference::chain));
		List<String> chains = chain.map((c) -> List.of(c.code())).orElse(List.of());
		List<String> clusters = chain.map((c) -> List.of(c.clusterCode())).orElse(List.of());
		Set<TransferMode> modes = need.cooperationModes().isEmpty() ? Set.of()
				: EnumSet.copyOf(need.cooperationModes());
		MatchCriteria criteria = new MatchCriteria(chains, inferred.isPresent(),
				inferred.map(ChainInference.Inference::evidence).orElse(List.of()), clusters, need.maturityAtLeast(),
				modes, need.budgetMax(), null, blankToNull(need.city()));

		List<Query> filters = new ArrayList<>();
		for (MatchReasonKind kind : need.require()) {
			supplyCondition(kind, criteria).ifPresent(filters::add);
		}
		String text = gist(withoutBoilerplate(need.text()));
		return new MatchPlan(text(text, SUPPLY_WORD_FIELDS, filters, excludedIds(excluded)), criteria, text);
	}

	/**
	 * The filter of a required criterion (none for TEXT, always required, or a criterion
	 * the need leaves open).
	 */
	private static Optional<Query> supplyCondition(MatchReasonKind kind, MatchCriteria criteria) {
		return Optional.ofNullable(switch (kind) {
			case SAME_CHAIN -> criteria.chains().isEmpty() ? null
					: anyOf(terms("chain", criteria.chains()), terms("chains", criteria.chains()));
			case SAME_CLUSTER -> criteria.clusters().isEmpty() ? null
					: anyOf(terms("cluster", criteria.clusters()), terms("clusters", criteria.clusters()));
			case MATURITY_OK -> (criteria.maturity() == null) ? null : Query.of((q) -> q
				.range((r) -> r.number((n) -> n.field("maturityRank").gte((double) criteria.maturity().rank()))));
			case MODE_COMPATIBLE -> criteria.modes().isEmpty() ? null : modeCondition(criteria.modes());
			case WITHIN_BUDGET -> (criteria.budgetMax() == null) ? null
					: anyOf(Query.of((q) -> q.term((t) -> t.field("price.negotiable").value(true))), Query
						.of((q) -> q.range((r) -> r.number((n) -> n.field("price.minWan").lte(criteria.budgetMax())))));
			case SAME_CITY -> (criteria.city() == null) ? null : terms("city", List.of(criteria.city()));
			case TEXT -> null;
		});
	}

	private static Query modeCondition(Set<TransferMode> modes) {
		List<String> services = ModeCompatibility.servicesFor(modes).stream().map(ServiceType::name).toList();
		Query transfer = terms("transferModes", modes.stream().map(TransferMode::name).toList());
		return services.isEmpty() ? transfer : anyOf(transfer, terms("serviceTypes", services));
	}

	/** Supply → demands: the open demands a supply item could serve. */
	public MatchPlan demandsFor(SupplyProfile supply) {
		return demandsFor(supply, Set.of());
	}

	/**
	 * {@link #demandsFor(SupplyProfile)} without the demands {@code excluded} (a
	 * {@code must_not ids} clause of the candidate query: demands whose enterprise
	 * declined this item as not a fit or already solved never become candidates).
	 */
	public MatchPlan demandsFor(SupplyProfile supply, Set<String> excluded) {
		MatchCriteria criteria = new MatchCriteria(supply.chains(), false, List.of(), supply.clusters(),
				supply.maturity(), supply.modes(), null, supply.priceMin(), blankToNull(supply.city()));
		List<Query> filters = List.of(terms("status", DemandStatus.SEEKING.stream().map(Enum::name).sorted().toList()),
				Query.of((q) -> q
					.bool((b) -> b.should((s) -> s.range((r) -> r.date((d) -> d.field("deadline").gte("now/d"))))
						.should((s) -> s.bool((n) -> n.mustNot((m) -> m.exists((e) -> e.field("deadline")))))
						.minimumShouldMatch("1"))));
		String text = gist(withoutBoilerplate(supply.text()));
		return new MatchPlan(text(text, DEMAND_WORD_FIELDS, filters, excludedIds(excluded)), criteria, text);
	}

	/**
	 * Step 1 of need → supply: the best {@value #CANDIDATES} items of {@code indices} by
	 * text, as {@link Candidate}s.
	 */
	public SearchRequest supplyCandidates(MatchPlan plan, List<String> indices) {
		return candidates(indices, plan, Candidate.SUPPLY_FIELDS);
	}

	/** Step 1 of supply → demands. */
	public SearchRequest demandCandidates(MatchPlan plan, List<String> indices) {
		return candidates(indices, plan, Candidate.DEMAND_FIELDS);
	}

	/**
	 * Step 2 of need → supply: the page's items by id, without the {@code omitted} source
	 * fields.
	 */
	public SearchRequest supplyPage(MatchPlan plan, List<String> indices, List<String> ids, List<String> omitted) {
		return page(indices, plan, ids, SUPPLY_WORD_FIELDS, SUPPLY_HIGHLIGHT_FIELDS, omitted, false);
	}

	/** Step 2 of supply → demands (with their revision, the demand's version). */
	public SearchRequest demandPage(MatchPlan plan, List<String> indices, List<String> ids) {
		return page(indices, plan, ids, DEMAND_WORD_FIELDS, DEMAND_HIGHLIGHT_FIELDS, List.of(), true);
	}

	private static SearchRequest candidates(List<String> indices, MatchPlan plan, List<String> fields) {
		return SearchRequest.of((s) -> s.index(indices)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.query(plan.query())
			.size(CANDIDATES)
			.trackTotalHits((t) -> t.enabled(false))
			.source((src) -> src.filter((f) -> f.includes(fields)))
			.sort((o) -> o.score((sc) -> sc.order(SortOrder.Desc)))
			.sort((o) -> o.field((f) -> f.field("id").order(SortOrder.Asc))));
	}

	private static SearchRequest page(List<String> indices, MatchPlan plan, List<String> ids, List<String> wordFields,
			List<String> highlightFields, List<String> omitted, boolean revisions) {
		List<String> excluded = new ArrayList<>(omitted);
		excluded.addAll(List.of("contact", "vector", "embedding"));
		return SearchRequest.of((s) -> s.index(indices)
			.ignoreUnavailable(true)
			.allowNoIndices(true)
			.query((q) -> q.ids((i) -> i.values(ids)))
			.size(ids.size())
			.seqNoPrimaryTerm(revisions)
			.source((src) -> src.filter((f) -> f.excludes(excluded)))
			.highlight((h) -> {
				h.type(HighlighterType.FastVector)
					.preTags("<em>")
					.postTags("</em>")
					.requireFieldMatch(true)
					.highlightQuery(words(plan.highlightText(), wordFields));
				for (String field : highlightFields) {
					h.fields(NamedValue.of(field, HighlightField.of((f) -> f.numberOfFragments(3).fragmentSize(40))));
				}
				return h;
			}));
	}

	/**
	 * Words (required) and characters score; {@code filters} filter; {@code excluded}
	 * must not match.
	 */
	private static Query text(String text, List<String> wordFields, List<Query> filters, List<Query> excluded) {
		Query chars = Query
			.of((q) -> q.multiMatch((m) -> m.query(text).fields(CHAR_FIELDS).type(TextQueryType.MostFields)));
		Query bigrams = Query
			.of((q) -> q.multiMatch((m) -> m.query(text).fields(BIGRAM_FIELDS).type(TextQueryType.MostFields)));
		Query selected = Query.of((q) -> q.moreLikeThis((m) -> m.fields(SELECTED_BIGRAM_FIELDS)
			.like((l) -> l.text(text))
			.minTermFreq(1)
			.minDocFreq(1)
			.maxQueryTerms(SELECTED_BIGRAMS)
			.minimumShouldMatch("1")
			.boost(SELECTED_BIGRAM_WEIGHT)));
		Query words = words(text, wordFields);
		// the words must match (the gate: a match shares at least one segmented word),
		// the characters and the selected bigrams add to their score
		return Query.of((q) -> q.bool((b) -> {
			b.must(words).should(chars).should(bigrams).should(selected).filter(filters);
			return excluded.isEmpty() ? b : b.mustNot(excluded);
		}));
	}

	private static Query words(String text, List<String> fields) {
		return Query.of((q) -> q.multiMatch((m) -> m.query(text).fields(fields).type(TextQueryType.MostFields)));
	}

	/** The text the query reads: normalized, cut to {@link #TEXT_MAX_CHARS}. */
	private static String gist(String text) {
		String normalized = SupplyTextQuery.normalize(text);
		return (normalized.length() > TEXT_MAX_CHARS) ? normalized.substring(0, TEXT_MAX_CHARS) : normalized;
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

	/** A {@code must_not} clause leaving out {@code ids} (none for no ids). */
	private static List<Query> excludedIds(Set<String> ids) {
		return ids.isEmpty() ? List.of()
				: List.of(Query.of((q) -> q.ids((i) -> i.values(ids.stream().sorted().toList()))));
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

}
