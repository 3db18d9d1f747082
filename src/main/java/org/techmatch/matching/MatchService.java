package org.techmatch.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandService;
import org.techmatch.demand.DemandService.StoredDemand;
import org.techmatch.demand.DemandVersion;
import org.techmatch.elastic.MultiSearch;
import org.techmatch.embedding.EmbeddingTexts;
import org.techmatch.embedding.Vectors;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.PageInfo;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.matching.Connections.DemandConnection;
import org.techmatch.matching.Connections.Edge;
import org.techmatch.matching.Connections.MatchConnection;
import org.techmatch.matching.MatchFeedback.Feedback;
import org.techmatch.matching.MatchFeedback.Recorded;
import org.techmatch.matching.MatchStore.StoredMatches;
import org.techmatch.matching.MatchRanking.Ranked;
import org.techmatch.supply.SupplyHits;
import org.techmatch.supply.SupplyLongFields;
import org.techmatch.supply.SupplyStamp;

/**
 * Matching: a stored demand or an ad-hoc need against the supply, and a supply item
 * against the open demands. Each page is two Elasticsearch searches (plus reading the
 * demand or supply item it starts from): the best {@value MatchQueryBuilder#CANDIDATES}
 * candidates by text with their vectors and criteria fields, ranked here by
 * {@link MatchRanking}; then the page's records with the highlights that name the matched
 * words. The ranking is the same for the same index, so a cursor (the last edge's score
 * and id) continues it. A stored demand's feedback ({@link MatchFeedback}) leaves the
 * items its enterprise declined as not a fit or already solved out of the candidate query
 * and marks the items already recommended; a stored supply item's demands leave out, the
 * same way, the demands that declined it so. Many stored demands' first pages at once
 * ({@link #matchDemands}, the expert queue's best matches) send the same requests, each
 * step's for all demands in one {@code _msearch} ({@link MultiSearch}). A stored demand's
 * ranked list is kept ({@link MatchStore}) and answers its pages while it is current:
 * then a page is one {@code _mget} and nothing is searched.
 */
@Service
public class MatchService {

	private final ElasticsearchClient client;

	private final MatchQueryBuilder queryBuilder;

	private final MatchReasons reasons;

	private final NeedValidator needValidator;

	private final DemandService demandService;

	private final CatalogService catalogService;

	private final SupplyHits supplyHits;

	private final DemandDocumentMapper demandMapper;

	private final EmbeddingTexts embeddings;

	private final ObjectProvider<MatchFeedback> feedback;

	private final MultiSearch multiSearch;

	private final MatchStore store;

	private final SupplyStamp supplyStamp;

	private final VectorCentres centres;

	public MatchService(ElasticsearchClient client, MatchQueryBuilder queryBuilder, MatchReasons reasons,
			NeedValidator needValidator, DemandService demandService, CatalogService catalogService,
			SupplyHits supplyHits, DemandDocumentMapper demandMapper, EmbeddingTexts embeddings,
			ObjectProvider<MatchFeedback> feedback, MultiSearch multiSearch, MatchStore store, SupplyStamp supplyStamp,
			VectorCentres centres) {
		this.client = client;
		this.centres = centres;
		this.store = store;
		this.supplyStamp = supplyStamp;
		this.multiSearch = multiSearch;
		this.queryBuilder = queryBuilder;
		this.reasons = reasons;
		this.needValidator = needValidator;
		this.demandService = demandService;
		this.catalogService = catalogService;
		this.supplyHits = supplyHits;
		this.demandMapper = demandMapper;
		this.embeddings = embeddings;
		this.feedback = feedback;
	}

	/**
	 * Supply for a stored demand, fetching only {@code longFields} of the items' long
	 * text fields ({@link SupplyLongFields#ALL}; what the client selected).
	 */
	public MatchConnection matchDemand(String demandId, int first, SearchCursor after, List<String> longFields) {
		return matchDemand(demandId, List.of(), first, after, longFields);
	}

	/**
	 * Supply for a stored demand with the criteria {@code require} names as filters (an
	 * empty list: none).
	 */
	public MatchConnection matchDemand(String demandId, List<MatchReasonKind> require, int first, SearchCursor after,
			List<String> longFields) {
		if (require.isEmpty()) {
			return matchStoredDemand(demandId, first, after, longFields);
		}
		StoredDemand stored = this.demandService.stored(demandId)
			.orElseThrow(() -> ApiException.notFound("Demand", demandId));
		Demand demand = stored.demand();
		MatchFeedback source = this.feedback.getIfAvailable();
		Feedback known = (source != null) ? source.forDemand(demand) : Feedback.NONE;
		return matchNeed(Need.of(demand).requiring(require), vector(stored), first, after, longFields,
				MatchQueryBuilder.supplyIndices(), known);
	}

	/**
	 * A stored demand's matches from its stored list when that is current (one
	 * {@code _mget} of the demand with its list, one of the page's items), otherwise
	 * computed as {@link #match} computes them and stored ({@link MatchStore}).
	 */
	private MatchConnection matchStoredDemand(String demandId, int first, SearchCursor after, List<String> longFields) {
		String stamp = this.supplyStamp.current();
		MatchStore.Read read = this.store.read(demandId).orElseThrow(() -> ApiException.notFound("Demand", demandId));
		Demand demand = read.demand().demand();
		MatchFeedback source = this.feedback.getIfAvailable();
		StoredPage stored = StoredPage.of(read, stamp, first, after);
		if (stored != null) {
			Map<String, SupplyDocument> documents = stored.storedItems(longFields);
			if (documents == null) {
				documents = this.catalogService.documents(ids(stored.page()), SupplyLongFields.unselected(longFields));
			}
			List<Edge<Match>> edges = stored.edges(documents, seenBy(source, demand, stored.recorded()),
					this.supplyHits);
			return new MatchConnection(stored.ranked().size(), edges,
					pageInfo(stored.ranked(), stored.page(), after, edges));
		}
		Recorded recorded = (source != null) ? source.recorded(demand) : Recorded.NONE;
		List<String> indices = MatchQueryBuilder.supplyIndices();
		MatchPlan plan = this.queryBuilder.supplyFor(Need.of(demand), recorded.excluded());
		List<Ranked> ranked = rankSupply(plan,
				search(this.queryBuilder.supplyCandidates(plan, indices), Candidate.class), vector(read.demand()),
				indices);
		List<Ranked> page = page(ranked, first, after);
		Set<String> withReasons = new LinkedHashSet<>(
				ids(ranked.subList(0, Math.min(ranked.size(), MatchStore.WITH_REASONS))));
		withReasons.addAll(ids(page));
		Map<String, Hit<SupplyDocument>> hits = withReasons.isEmpty() ? Map.of()
				: byId(search(this.queryBuilder.supplyPage(plan, indices, List.copyOf(withReasons),
						SupplyLongFields.unselected(longFields)), SupplyDocument.class));
		Computed computed = computed(plan, ranked, hits);
		List<Edge<Match>> edges = computed.edges(page, seenBy(source, demand, recorded));
		if (stamp != null) {
			this.store.write(read, computed.toStored(demand, stamp, recorded, longFields));
		}
		return new MatchConnection(ranked.size(), edges, pageInfo(ranked, page, after, edges));
	}

	/**
	 * A page of a stored list that is current and has the reasons of every entry of the
	 * page.
	 */
	private record StoredPage(List<Ranked> ranked, List<Ranked> page, List<List<MatchReason>> reasons,
			List<SupplyDocument> items, Recorded recorded) {

		/** The page of {@code read}'s list, or null when the list cannot answer it. */
		static StoredPage of(MatchStore.Read read, String stamp, int first, SearchCursor after) {
			StoredMatches stored = read.stored();
			if (stored == null || !stored.currentFor(read.demand().demand().version(), stamp)) {
				return null;
			}
			List<Ranked> ranked = stored.ranked().stream().map(MatchService::ranked).toList();
			List<Ranked> page = MatchService.page(ranked, first, after);
			int start = page.isEmpty() ? 0 : ranked.indexOf(page.get(0));
			List<MatchStore.Entry> entries = stored.ranked().subList(start, start + page.size());
			if (entries.stream().anyMatch((entry) -> entry.reasons() == null)) {
				return null;
			}
			// what it excluded is out of the list already; the marks are what is left to
			// show
			return new StoredPage(ranked, page, entries.stream().map(MatchStore.Entry::reasons).toList(),
					entries.stream().map(MatchStore.Entry::item).toList(),
					new Recorded(Set.of(), (stored.recommendations() != null) ? stored.recommendations() : List.of()));
		}

		/**
		 * The page's item documents as stored with it, or null when some are not (or the
		 * caller selected long fields, which are never stored).
		 */
		Map<String, SupplyDocument> storedItems(List<String> longFields) {
			if (!longFields.isEmpty() || this.items.stream().anyMatch((item) -> item == null)) {
				return null;
			}
			Map<String, SupplyDocument> documents = new HashMap<>();
			for (int i = 0; i < this.page.size(); i++) {
				documents.put(this.page.get(i).id(), this.items.get(i));
			}
			return documents;
		}

		/**
		 * The page's edges over its items' documents (an item gone since is left out).
		 */
		List<Edge<Match>> edges(Map<String, SupplyDocument> documents, Feedback feedback, SupplyHits supplyHits) {
			List<Edge<Match>> edges = new ArrayList<>();
			for (int i = 0; i < this.page.size(); i++) {
				Ranked entry = this.page.get(i);
				SupplyDocument document = documents.get(entry.id());
				if (document != null) {
					edges.add(new Edge<>(cursor(entry), new Match(entry.score(), supplyHits.item(document),
							this.reasons.get(i), feedback.recommended().get(entry.id()))));
				}
			}
			return edges;
		}

	}

	/**
	 * A computed ranking with the items and reasons of the entries whose records were
	 * read.
	 */
	private record Computed(List<Ranked> ranked, Map<String, SupplyItem> items, Map<String, List<MatchReason>> reasons,
			Map<String, SupplyDocument> documents) {

		List<Edge<Match>> edges(List<Ranked> page, Feedback feedback) {
			List<Edge<Match>> edges = new ArrayList<>();
			for (Ranked entry : page) {
				SupplyItem item = this.items.get(entry.id());
				if (item != null) {
					edges.add(new Edge<>(cursor(entry), new Match(entry.score(), item, this.reasons.get(entry.id()),
							feedback.recommended().get(entry.id()))));
				}
			}
			return edges;
		}

		/**
		 * The list to store; with the item documents read when they were read without
		 * long fields ({@code longFields} empty).
		 */
		StoredMatches toStored(Demand demand, String stamp, Recorded recorded, List<String> longFields) {
			boolean withItems = longFields.isEmpty();
			return new StoredMatches(demand.id(), demand.version(), stamp, Instant.now().toString(), null, this.ranked
				.stream()
				.map((entry) -> new MatchStore.Entry(entry.id(), entry.score(), entry.text(), List.copyOf(entry.met()),
						this.reasons.get(entry.id()), withItems ? this.documents.get(entry.id()) : null))
				.toList(), recorded.recommendations());
		}

	}

	private Computed computed(MatchPlan plan, List<Ranked> ranked, Map<String, Hit<SupplyDocument>> hits) {
		Map<String, SupplyItem> items = new HashMap<>();
		Map<String, List<MatchReason>> reasons = new HashMap<>();
		Map<String, SupplyDocument> documents = new HashMap<>();
		for (Ranked entry : ranked) {
			Hit<SupplyDocument> hit = hits.get(entry.id());
			if (hit != null && hit.source() != null) {
				SupplyItem item = this.supplyHits.item(hit.source());
				items.put(entry.id(), item);
				documents.put(entry.id(), hit.source());
				reasons.put(entry.id(), this.reasons.forSupply(entry, hit.highlight(), plan.criteria(), item));
			}
		}
		return new Computed(ranked, items, reasons, documents);
	}

	private static Feedback seenBy(MatchFeedback source, Demand demand, Recorded recorded) {
		return (source != null) ? source.seenBy(demand, recorded) : Feedback.NONE;
	}

	private static Ranked ranked(MatchStore.Entry entry) {
		return new Ranked(entry.id(), entry.score(), entry.text(),
				entry.met().isEmpty() ? Set.of() : EnumSet.copyOf(entry.met()));
	}

	/**
	 * The first page of {@link #matchDemand(String, int, SearchCursor, List)} for each of
	 * many stored demands, in a constant number of Elasticsearch round trips whatever
	 * their number: one {@code _mget} of the demands with their stored lists; one
	 * {@code _mget} of the items of the pages that current lists answer (none when the
	 * lists hold them and no long field is selected); for the other demands one read of
	 * their feedback, one {@code _msearch} of their candidate requests and one of their
	 * page requests (the same requests, ranking and reasons as one matchDemand each, so
	 * the same matches in the same order) and one {@code _bulk} that stores their lists.
	 * By demand id, in the order asked; an unknown demand is left out.
	 */
	public Map<String, List<Match>> matchDemands(List<String> demandIds, int first, List<String> longFields) {
		String stamp = this.supplyStamp.current();
		Map<String, MatchStore.Read> reads = this.store.read(demandIds);
		MatchFeedback source = this.feedback.getIfAvailable();
		List<String> omitted = SupplyLongFields.unselected(longFields);
		Map<String, StoredPage> storedPages = new HashMap<>();
		List<MatchStore.Read> stale = new ArrayList<>();
		for (MatchStore.Read read : reads.values()) {
			StoredPage page = StoredPage.of(read, stamp, first, null);
			if (page != null) {
				storedPages.put(read.demand().demand().id(), page);
			}
			else {
				stale.add(read);
			}
		}
		Map<String, List<Match>> computed = computeFirstPages(stale, first, longFields, stamp, source);
		Map<String, SupplyDocument> documents = new HashMap<>();
		List<String> missing = new ArrayList<>();
		for (StoredPage page : storedPages.values()) {
			Map<String, SupplyDocument> stored = page.storedItems(longFields);
			if (stored != null) {
				documents.putAll(stored);
			}
			else {
				missing.addAll(ids(page.page()));
			}
		}
		if (!missing.isEmpty()) {
			documents.putAll(this.catalogService.documents(missing.stream().distinct().toList(), omitted));
		}
		Map<String, List<Match>> matches = new LinkedHashMap<>();
		for (MatchStore.Read read : reads.values()) {
			Demand demand = read.demand().demand();
			StoredPage page = storedPages.get(demand.id());
			matches.put(demand.id(),
					(page != null) ? page.edges(documents, seenBy(source, demand, page.recorded()), this.supplyHits)
						.stream()
						.map(Edge::node)
						.toList() : computed.get(demand.id()));
		}
		return matches;
	}

	/**
	 * The first pages of demands without a current list, computed together and stored.
	 */
	private Map<String, List<Match>> computeFirstPages(List<MatchStore.Read> reads, int first, List<String> longFields,
			String stamp, MatchFeedback source) {
		List<String> omitted = SupplyLongFields.unselected(longFields);
		Map<String, List<Match>> matches = new HashMap<>();
		if (reads.isEmpty()) {
			return matches;
		}
		List<Demand> demands = reads.stream().map((read) -> read.demand().demand()).toList();
		Map<String, Recorded> known = (source != null) ? source.recorded(demands) : Map.of();
		List<String> indices = MatchQueryBuilder.supplyIndices();
		List<MatchPlan> plans = new ArrayList<>();
		List<Recorded> recorded = new ArrayList<>();
		for (Demand demand : demands) {
			Recorded feedback = known.getOrDefault(demand.id(), Recorded.NONE);
			recorded.add(feedback);
			plans.add(this.queryBuilder.supplyFor(Need.of(demand), feedback.excluded()));
		}
		List<List<Hit<Candidate>>> candidates = this.multiSearch.hits(
				plans.stream().map((plan) -> this.queryBuilder.supplyCandidates(plan, indices)).toList(),
				Candidate.class);
		List<List<Ranked>> rankings = new ArrayList<>();
		List<SearchRequest> pageRequests = new ArrayList<>();
		for (int i = 0; i < demands.size(); i++) {
			List<Ranked> ranked = rankSupply(plans.get(i), candidates.get(i), vector(reads.get(i).demand()), indices);
			rankings.add(ranked);
			List<Ranked> page = page(ranked, first, null);
			if (!page.isEmpty()) {
				pageRequests.add(this.queryBuilder.supplyPage(plans.get(i), indices, ids(page), omitted));
			}
		}
		Iterator<List<Hit<SupplyDocument>>> pageHits = this.multiSearch.hits(pageRequests, SupplyDocument.class)
			.iterator();
		List<Map.Entry<MatchStore.Read, StoredMatches>> lists = new ArrayList<>();
		for (int i = 0; i < demands.size(); i++) {
			Demand demand = demands.get(i);
			List<Ranked> ranked = rankings.get(i);
			List<Ranked> page = page(ranked, first, null);
			Computed computed = computed(plans.get(i), ranked, page.isEmpty() ? Map.of() : byId(pageHits.next()));
			matches.put(demand.id(),
					computed.edges(page, seenBy(source, demand, recorded.get(i))).stream().map(Edge::node).toList());
			if (stamp != null) {
				lists.add(Map.entry(reads.get(i), computed.toStored(demand, stamp, recorded.get(i), longFields)));
			}
		}
		this.store.writeAll(lists);
		return matches;
	}

	/** The demand's stored vector, or one made from its text when it has none yet. */
	private float[] vector(StoredDemand stored) {
		Demand demand = stored.demand();
		return (stored.vector() != null) ? Vectors.decode(stored.vector())
				: this.embeddings.need(demand.title(), demand.description()).orElse(null);
	}

	/**
	 * Supply for an ad-hoc need (nothing is stored), fetching only {@code longFields} of
	 * the items' long text fields.
	 */
	public MatchConnection match(Need need, int first, List<String> longFields) {
		return match(need, first, longFields, MatchQueryBuilder.supplyIndices());
	}

	/**
	 * {@link #match(Need, int, List)} against other supply indices than the catalogue's
	 * (benchmarks and tests match real-world records in indices of their own).
	 */
	public MatchConnection match(Need need, int first, List<String> longFields, List<String> supplyIndices) {
		this.needValidator.validate(need);
		float[] vector = this.embeddings.need(need.title(), need.description()).orElse(null);
		return matchNeed(need, vector, first, null, longFields, supplyIndices, Feedback.NONE);
	}

	private MatchConnection matchNeed(Need need, float[] vector, int first, SearchCursor after, List<String> longFields,
			List<String> indices, Feedback feedback) {
		MatchPlan plan = this.queryBuilder.supplyFor(need, feedback.excluded());
		List<Ranked> ranked = rankSupply(plan,
				search(this.queryBuilder.supplyCandidates(plan, indices), Candidate.class), vector, indices);
		List<Ranked> page = page(ranked, first, after);
		Map<String, Hit<SupplyDocument>> hits = fetch(page,
				(ids) -> this.queryBuilder.supplyPage(plan, indices, ids, SupplyLongFields.unselected(longFields)),
				SupplyDocument.class);
		List<Edge<Match>> edges = supplyEdges(plan, page, hits, feedback);
		return new MatchConnection(ranked.size(), edges, pageInfo(ranked, page, after, edges));
	}

	/** Step 1 of need → supply: the candidates, ranked. */
	private List<Ranked> rankSupply(MatchPlan plan, List<Hit<Candidate>> candidates, float[] vector,
			List<String> indices) {
		float[] centre = (vector != null) ? this.centres.of(indices) : null;
		return rank(candidates, (hits) -> MatchRanking.rank(hits, vector, centre, plan.criteria(),
				(candidate) -> CriteriaCheck.supply(plan.criteria(), candidate)));
	}

	/** Step 2 of need → supply: the page's matches from its records, in ranked order. */
	private List<Edge<Match>> supplyEdges(MatchPlan plan, List<Ranked> page, Map<String, Hit<SupplyDocument>> hits,
			Feedback feedback) {
		List<Edge<Match>> edges = new ArrayList<>();
		for (Ranked entry : page) {
			Hit<SupplyDocument> hit = hits.get(entry.id());
			if (hit != null && hit.source() != null) {
				SupplyItem item = this.supplyHits.item(hit.source());
				edges.add(new Edge<>(cursor(entry),
						new Match(entry.score(), item,
								this.reasons.forSupply(entry, hit.highlight(), plan.criteria(), item),
								feedback.recommended().get(entry.id()))));
			}
		}
		return edges;
	}

	/**
	 * Open demands that an achievement ({@code ach-}) or capability ({@code cap-}) could
	 * serve.
	 */
	public DemandConnection demandsFor(String supplyId, int first, SearchCursor after) {
		SupplyId id = SupplyId.parse(supplyId)
			.orElseThrow(() -> ApiException.badInput("supplyId",
					"supplyId must be an achievement (ach-…) or capability (cap-…) id"));
		CatalogService.StoredItem stored = this.catalogService.stored(id)
			.orElseThrow(() -> ApiException.notFound(id.type().typeName(), supplyId));
		SupplyProfile supply = SupplyProfile.of(stored.item());
		float[] vector = (stored.vector() != null) ? Vectors.decode(stored.vector()) : null;
		MatchFeedback source = this.feedback.getIfAvailable();
		Set<String> excluded = (source != null) ? source.excludedDemands(supplyId) : Set.of();
		return demandsFor(supply, vector, first, after, MatchQueryBuilder.demandIndices(), excluded);
	}

	/**
	 * Open demands of {@code demandIndices} that a supply item could serve (benchmarks
	 * match real-world demands in indices of their own).
	 * @param vector the item's vector, null when it has none
	 */
	public DemandConnection demandsFor(SupplyProfile supply, float[] vector, int first, SearchCursor after,
			List<String> demandIndices) {
		return demandsFor(supply, vector, first, after, demandIndices, Set.of());
	}

	private DemandConnection demandsFor(SupplyProfile supply, float[] vector, int first, SearchCursor after,
			List<String> demandIndices, Set<String> excluded) {
		MatchPlan plan = this.queryBuilder.demandsFor(supply, excluded);
		List<Ranked> ranked = rank(search(this.queryBuilder.demandCandidates(plan, demandIndices), Candidate.class),
				(hits) -> MatchRanking.rank(hits, vector, plan.criteria(),
						(candidate) -> CriteriaCheck.demand(plan.criteria(), candidate)));
		List<Ranked> page = page(ranked, first, after);
		Map<String, Hit<DemandDocument>> hits = fetch(page,
				(ids) -> this.queryBuilder.demandPage(plan, demandIndices, ids), DemandDocument.class);
		List<Edge<DemandMatch>> edges = new ArrayList<>();
		for (Ranked entry : page) {
			Hit<DemandDocument> hit = hits.get(entry.id());
			if (hit != null && hit.source() != null) {
				String version = (hit.seqNo() != null && hit.primaryTerm() != null)
						? new DemandVersion(hit.seqNo(), hit.primaryTerm()).encode() : "";
				Demand demand = this.demandMapper.toDemand(hit.source(), version);
				edges.add(new Edge<>(cursor(entry), new DemandMatch(entry.score(), demand,
						this.reasons.forDemand(entry, hit.highlight(), plan.criteria(), demand))));
			}
		}
		return new DemandConnection(ranked.size(), edges, pageInfo(ranked, page, after, edges));
	}

	/** Step 1: the candidates, ranked by {@code ranking}. */
	private static List<Ranked> rank(List<Hit<Candidate>> candidates,
			Function<List<MatchRanking.Hit>, List<Ranked>> ranking) {
		List<MatchRanking.Hit> hits = new ArrayList<>();
		for (Hit<Candidate> hit : candidates) {
			if (hit.source() != null && hit.score() != null) {
				hits.add(new MatchRanking.Hit(hit.source(), hit.score()));
			}
		}
		return ranking.apply(hits);
	}

	/** Step 2: the page's records by id, in one search (none when the page is empty). */
	private <D> Map<String, Hit<D>> fetch(List<Ranked> page, Function<List<String>, SearchRequest> request,
			Class<D> type) {
		return page.isEmpty() ? new HashMap<>() : byId(search(request.apply(ids(page)), type));
	}

	private static List<String> ids(List<Ranked> page) {
		return page.stream().map(Ranked::id).toList();
	}

	private static <D> Map<String, Hit<D>> byId(List<Hit<D>> hits) {
		Map<String, Hit<D>> byId = new HashMap<>();
		for (Hit<D> hit : hits) {
			byId.put(hit.id(), hit);
		}
		return byId;
	}

	private <D> List<Hit<D>> search(SearchRequest request, Class<D> type) {
		try {
			return this.client.search(request, type).hits().hits();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The {@code first} entries after the cursor's. */
	static List<Ranked> page(List<Ranked> ranked, int first, SearchCursor after) {
		int start = 0;
		if (after != null) {
			Ranked last = fromCursor(after);
			while (start < ranked.size() && MatchRanking.ORDER.compare(ranked.get(start), last) <= 0) {
				start++;
			}
		}
		return ranked.subList(start, Math.min(ranked.size(), start + first));
	}

	private static PageInfo pageInfo(List<Ranked> ranked, List<Ranked> page, SearchCursor after,
			List<? extends Edge<?>> edges) {
		boolean hasNext = !page.isEmpty() && ranked.indexOf(page.get(page.size() - 1)) < ranked.size() - 1;
		return new PageInfo(hasNext, after != null, edges.isEmpty() ? null : edges.get(0).cursor(),
				edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
	}

	private static String cursor(Ranked entry) {
		return new SearchCursor(List.of(FieldValue.of(entry.score()), FieldValue.of(entry.id())), null).encode();
	}

	/**
	 * The position a cursor of this ranking stands for; another query's cursor is
	 * refused.
	 */
	private static Ranked fromCursor(SearchCursor cursor) {
		List<FieldValue> values = cursor.searchAfter();
		if (cursor.pointInTime() != null || values.size() != 2 || !values.get(1).isString()
				|| !(values.get(0).isDouble() || values.get(0).isLong())) {
			throw ApiException.badInput("after", "after is not a cursor of this match list");
		}
		double score = values.get(0).isDouble() ? values.get(0).doubleValue() : values.get(0).longValue();
		return new Ranked(values.get(1).stringValue(), score, 0, Set.of());
	}

}
