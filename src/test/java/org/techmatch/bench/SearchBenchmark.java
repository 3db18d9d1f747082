package org.techmatch.bench;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.SupplyType;
import org.techmatch.catalog.TransferMode;
import org.techmatch.search.SearchInput;
import org.techmatch.search.SearchSelection;
import org.techmatch.search.SearchService;
import org.techmatch.search.SearchSort;

/**
 * {@code search} through GraphQL against the very same Elasticsearch request body sent
 * straight to the node: 20 realistic portal searches (text plus filters, facets,
 * highlights, first: 20) at concurrency 1 and 8. The direct body is what
 * {@link SearchService#firstPageRequest} builds, serialised by the client's own JSON
 * mapper, on the same point in time.
 */
final class SearchBenchmark {

	static final int FIRST = 20;

	static final String QUERY = """
			query search($input: SearchInput!, $first: Int!) {
			  search(input: $input, first: $first) {
			    totalCount
			    edges {
			      cursor score
			      node { __typename id title publishedDate institution { name type city }
			        ... on Achievement { summary keywords maturity transferModes chain { code name } price { negotiable minWan maxWan } }
			        ... on Capability { serviceTypes team } }
			      highlights { field fragments }
			    }
			    pageInfo { hasNextPage endCursor }
			    facets { dimension label values { value label count input { types clusters chains maturities transferModes ipTypes institutionTypes cities } } }
			  }
			}""";

	/**
	 * What {@link #QUERY} selects, as the application derives it from the query (total,
	 * facets, highlights; none of the long text fields), so that the direct body is the
	 * one the application sends.
	 */
	static final SearchSelection SELECTION = new SearchSelection(true, true, true, List.of());

	private SearchBenchmark() {
	}

	static List<SearchInput> requests() {
		List<SearchInput> inputs = new ArrayList<>();
		inputs.add(input("动力电池回收", null, null, null, null, null, null, null));
		inputs.add(input("动力电池回收", List.of("NEV_BATTERY"), Maturity.PILOT_PROVEN, null, null, null, null, null));
		inputs.add(input("锂离子电池正极材料", null, null, List.of(TransferMode.LICENSE, TransferMode.TRANSFER), null, null,
				null, null));
		inputs.add(input("超硬材料 金刚石", List.of("NM_SUPERHARD"), null, null, List.of("郑州"), null, null, null));
		inputs.add(input("培育钻石", null, Maturity.LAB_PROVEN, null, null, 200.0, null, null));
		inputs.add(input("尼龙66", null, null, null, null, null, List.of(SupplyType.ACHIEVEMENT), null));
		inputs.add(input("智能传感器", null, null, null, List.of("郑州", "洛阳"), null, null, SearchSort.NEWEST));
		inputs.add(input("工业机器人 焊接", null, Maturity.MASS_PRODUCTION, null, null, null, null, null));
		inputs.add(input("中药配方颗粒", null, null, List.of(TransferMode.JOINT_DEVELOPMENT), null, null, null, null));
		inputs.add(input("速冻食品 冷链", null, null, null, null, 100.0, null, SearchSort.PRICE_ASC));
		inputs.add(input("污水处理", null, null, null, null, null, List.of(SupplyType.CAPABILITY), null));
		inputs.add(input("氢燃料电池", List.of("NEV_VEHICLE", "NEV_BATTERY"), null, null, null, null, null, null));
		inputs.add(input("碳化硅 功率器件", null, Maturity.SAMPLE, null, null, null, null, null));
		inputs.add(input("农机 无人驾驶", null, null, null, List.of("洛阳", "新乡"), null, null, null));
		inputs.add(input("可降解塑料", null, null, List.of(TransferMode.EQUITY), null, null, null, null));
		inputs.add(input("数控机床", null, Maturity.PILOT_PROVEN, null, null, 500.0, null, null));
		inputs.add(input("预制菜", null, null, null, null, null, null, SearchSort.NEWEST));
		inputs.add(input("电池", List.of("NEV_BATTERY"), null, List.of(TransferMode.LICENSE), List.of("郑州"), null, null,
				null));
		inputs.add(input("无纺布 医用", null, null, null, null, null, null, null));
		inputs.add(input("5G 光模块", null, Maturity.LAB_PROVEN, null, null, null, List.of(SupplyType.ACHIEVEMENT), null));
		return inputs;
	}

	private static SearchInput input(String text, List<String> chains, Maturity atLeast, List<TransferMode> modes,
			List<String> cities, Double priceMax, List<SupplyType> types, SearchSort sort) {
		return new SearchInput(text, types, null, chains, null, atLeast, null, modes, null, null, cities, priceMax,
				null, null, null, sort);
	}

	static void run(BenchTarget target) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		SearchService service = target.app().getBean(SearchService.class);
		ElasticsearchClient client = target.app().getBean(ElasticsearchClient.class);
		List<SearchInput> inputs = requests();
		List<String> graphql = new ArrayList<>();
		for (SearchInput input : inputs) {
			graphql.add(json.writeValueAsString(
					Map.of("query", QUERY, "variables", Map.of("input", variables(input), "first", FIRST))));
		}
		// the client adds typed_keys=true to every search; the direct path asks for the
		// same response shape
		String path = "/_search?typed_keys=true";
		System.out.println();
		System.out.println("search: " + inputs.size() + " requests (text + filters + 8 facets + highlights, first: "
				+ FIRST + "), GraphQL vs the identical Elasticsearch body");
		System.out.println();
		System.out.println(LatencyBench.Result.header());
		DirectBodies direct = new DirectBodies(service, client, inputs);
		List<LatencyBench.Result> results = new ArrayList<>();
		for (int concurrency : new int[] { 1, 8 }) {
			int requests = (concurrency == 1) ? 400 : 800;
			List<LatencyBench.Result> pair = LatencyBench.sideBySide(concurrency, requests,
					new LatencyBench.Path("search via GraphQL", (i) -> target.graphql(graphql.get(i % graphql.size()))),
					new LatencyBench.Path("search direct to ES", (i) -> target.elasticsearch(path, direct.body(i))));
			pair.forEach((r) -> System.out.println(r.row()));
			results.addAll(pair);
		}
		System.out.println();
		System.out.println("| c | p50 GraphQL/direct | p95 GraphQL/direct | throughput direct/GraphQL |");
		System.out.println("|---|--------------------|--------------------|---------------------------|");
		for (int i = 0; i < results.size(); i += 2) {
			LatencyBench.Result g = results.get(i);
			LatencyBench.Result d = results.get(i + 1);
			System.out.printf("| %d | %18.2f | %18.2f | %25.2f |%n", g.concurrency(), g.p50() / d.p50(),
					g.p95() / d.p95(), d.throughput() / g.throughput());
		}
		System.out.println();
	}

	/**
	 * The direct bodies, on the point in time the application's first pages use at that
	 * moment: the application renews it every 30 s and an unused one expires after its
	 * keep-alive, so the bodies are rebuilt when it changes.
	 */
	private static final class DirectBodies {

		private final SearchService service;

		private final ElasticsearchClient client;

		private final List<SearchInput> inputs;

		private volatile Built built;

		DirectBodies(SearchService service, ElasticsearchClient client, List<SearchInput> inputs) {
			this.service = service;
			this.client = client;
			this.inputs = inputs;
		}

		String body(int i) {
			String pointInTime = this.service.currentPointInTime();
			Built current = this.built;
			if (current == null || !current.pointInTime().equals(pointInTime)) {
				List<String> bodies = new ArrayList<>();
				for (SearchInput input : this.inputs) {
					bodies.add(
							JsonpUtils.toJsonString(this.service.firstPageRequest(input, FIRST, SELECTION, pointInTime),
									this.client._jsonpMapper()));
				}
				current = new Built(pointInTime, bodies);
				this.built = current;
			}
			return current.bodies().get(i % current.bodies().size());
		}

		private record Built(String pointInTime, List<String> bodies) {
		}

	}

	/**
	 * The GraphQL variables for an input: set fields only, enums by name, dates as ISO
	 * strings.
	 */
	static Map<String, Object> variables(SearchInput input) throws ReflectiveOperationException {
		Map<String, Object> variables = new LinkedHashMap<>();
		for (RecordComponent component : SearchInput.class.getRecordComponents()) {
			Object value = component.getAccessor().invoke(input);
			if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
				continue;
			}
			variables.put(component.getName(), plain(value));
		}
		return variables;
	}

	private static Object plain(Object value) {
		if (value instanceof Collection<?> c) {
			return c.stream().map(SearchBenchmark::plain).toList();
		}
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		if (value instanceof LocalDate d) {
			return d.toString();
		}
		return value;
	}

}
