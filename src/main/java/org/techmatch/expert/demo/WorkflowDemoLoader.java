package org.techmatch.expert.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.demo.DemoCorpusGenerator;
import org.techmatch.catalog.demo.DemoTopic;
import org.techmatch.catalog.demo.GeneratedAchievement;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandDocument;
import org.techmatch.demand.DemandDocumentMapper;
import org.techmatch.demand.DemandIndices;
import org.techmatch.demand.demo.DemoDemandGenerator;
import org.techmatch.elastic.BulkWriter;
import org.techmatch.expert.Recommendation;
import org.techmatch.expert.RecommendationRepository;

/**
 * Writes the workflow's demo data ({@link WorkflowDemoGenerator}) into a new, empty
 * recommendations index: the history's demands, the claims on the current demo demands
 * (only those nobody touched: same status as generated, no claim; their vectors are
 * kept), and the recommendations. Items are recommended from the demo corpus's
 * achievements of the demand's topic.
 */
@Component
public class WorkflowDemoLoader {

	private static final Log logger = LogFactory.getLog(WorkflowDemoLoader.class);

	/** Seed of the demand texts the history is made from. */
	static final long HISTORY_TEXT_SEED = 20230101L;

	/** Items per topic offered to the generator. */
	static final int ITEMS_PER_TOPIC = 40;

	private final ElasticsearchClient client;

	private final BulkWriter bulkWriter;

	private final RecommendationRepository recommendations;

	private final DemandDocumentMapper mapper;

	private final IndustrialChainTaxonomy taxonomy;

	public WorkflowDemoLoader(ElasticsearchClient client, BulkWriter bulkWriter,
			RecommendationRepository recommendations, DemandDocumentMapper mapper, IndustrialChainTaxonomy taxonomy) {
		this.client = client;
		this.bulkWriter = bulkWriter;
		this.recommendations = recommendations;
		this.mapper = mapper;
		this.taxonomy = taxonomy;
	}

	public void load() {
		long started = System.nanoTime();
		DemoCorpusGenerator corpus = new DemoCorpusGenerator(this.taxonomy, DemoCorpusGenerator.DEFAULT_SEED);
		Map<String, List<Map.Entry<String, String>>> byTopic = corpus.generatedAchievements()
			.stream()
			.collect(Collectors.groupingBy(GeneratedAchievement::topicKey,
					Collectors.collectingAndThen(Collectors.toList(),
							(list) -> list.stream()
								.limit(ITEMS_PER_TOPIC)
								.map((g) -> Map.entry(g.achievement().id(), g.achievement().title()))
								.toList())));
		DemoDemandGenerator currentTexts = new DemoDemandGenerator(corpus.topics(), this.taxonomy,
				DemoDemandGenerator.DEFAULT_SEED);
		List<Demand> current = currentTexts.demands();
		DemoDemandGenerator historyTexts = new DemoDemandGenerator(corpus.topics(), this.taxonomy, HISTORY_TEXT_SEED);
		List<Demand> history = historyTexts.demands();
		Map<String, List<Map.Entry<String, String>>> supplyFor = new HashMap<>();
		currentTexts.topicOf()
			.forEach((demand, topic) -> supplyFor.put(demand, byTopic.getOrDefault(topic, List.of())));
		Map<String, List<Map.Entry<String, String>>> historySupply = new HashMap<>();
		historyTexts.topicOf()
			.forEach((demand, topic) -> historySupply.put(demand, byTopic.getOrDefault(topic, List.of())));
		// the history's demands share ids with the current ones until re-numbered: look
		// up their items by their position
		// and the centre files every contract under its chain: the history's demands name
		// theirs
		Map<String, DemoTopic> topics = corpus.topics()
			.stream()
			.collect(Collectors.toMap(DemoTopic::key, (topic) -> topic));
		List<Demand> historySources = new ArrayList<>();
		for (Demand demand : history) {
			String key = "history:" + demand.id();
			supplyFor.put(key, historySupply.get(demand.id()));
			DemoTopic topic = topics.get(historyTexts.topicOf().get(demand.id()));
			Demand.Builder source = demand.toBuilder().id(key);
			if (demand.chain() == null && topic != null) {
				source.chain(topic.chainCode()).cluster(topic.clusterCode());
			}
			historySources.add(source.build());
		}
		WorkflowDemoGenerator.Result result = new WorkflowDemoGenerator(WorkflowDemoGenerator.DEFAULT_SEED,
				LocalDate.now(ZoneOffset.UTC))
			.generate(historySources, untouched(current), supplyFor);
		Map<String, DemandDocument> stored = storedDocuments(result.demands());
		List<DemandDocument> documents = result.demands().stream().map((demand) -> {
			DemandDocument before = stored.get(demand.id());
			DemandDocument document = this.mapper.toDocument(demand);
			return (before != null) ? document.withVector(before.vector(), before.embedding()) : document;
		}).toList();
		this.bulkWriter.write(DemandIndices.DEMANDS.alias(), documents, DemandDocument::id, (n) -> {
		});
		List<Recommendation> recs = result.recommendations();
		this.recommendations.saveAll(recs, RefreshPolicy.IMMEDIATE);
		try {
			this.client.indices().refresh((r) -> r.index(DemandIndices.DEMANDS.alias()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		long contracts = recs.stream().filter((r) -> r.getContract() != null).count();
		logger.info("Workflow demo data: " + documents.size() + " demands claimed (" + WorkflowDemoGenerator.HISTORY
				+ " of them over the last " + WorkflowDemoGenerator.MONTHS + " months), " + recs.size()
				+ " recommendations, " + contracts + " contracts, in " + (System.nanoTime() - started) / 1_000_000
				+ " ms");
	}

	/**
	 * The current demo demands as stored, when nobody changed their status or claimed
	 * them.
	 */
	private List<Demand> untouched(List<Demand> generated) {
		Map<String, DemandDocument> stored = storedDocuments(generated);
		return generated.stream().filter((demand) -> {
			DemandDocument document = stored.get(demand.id());
			return document != null && document.status() == demand.status() && document.assignment() == null;
		}).map((demand) -> this.mapper.toDemand(stored.get(demand.id()), null)).toList();
	}

	private Map<String, DemandDocument> storedDocuments(List<Demand> demands) {
		Map<String, DemandDocument> found = new HashMap<>();
		List<String> ids = demands.stream().map(Demand::id).toList();
		try {
			MgetResponse<DemandDocument> response = this.client
				.mget((m) -> m.index(DemandIndices.DEMANDS.alias()).ids(ids), DemandDocument.class);
			for (MultiGetResponseItem<DemandDocument> item : response.docs()) {
				if (item.isResult() && item.result().found() && item.result().source() != null) {
					found.put(item.result().id(), item.result().source());
				}
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
