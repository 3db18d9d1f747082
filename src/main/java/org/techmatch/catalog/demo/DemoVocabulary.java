package org.techmatch.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;

/**
 * The hand-written knowledge base of the demo corpus: per chain its topics and
 * vocabulary, one file per cluster under {@code catalog/demo/topics/}, plus templates and
 * institutions. Checked against the taxonomy on load: every chain of every cluster must
 * have topics.
 */
final class DemoVocabulary {

	static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final Map<String, ChainVocabulary> chains = new LinkedHashMap<>();

	private final Map<String, DemoTopic> topics = new LinkedHashMap<>();

	private final DemoTemplates templates;

	private final InstitutionCatalog institutions;

	DemoVocabulary(IndustrialChainTaxonomy taxonomy) {
		for (IndustrialCluster cluster : taxonomy.clusters()) {
			String file = "catalog/demo/topics/" + cluster.code().toLowerCase(Locale.ROOT).replace('_', '-') + ".json";
			TopicFile topicFile = read(file, TopicFile.class);
			for (ChainEntry entry : topicFile.chains()) {
				IndustrialChain chain = taxonomy.chain(entry.chain())
					.filter(ch -> ch.clusterCode().equals(cluster.code()))
					.orElseThrow(() -> new IllegalStateException(file + ": unknown chain " + entry.chain()));
				List<DemoTopic> chainTopics = new ArrayList<>();
				for (TopicEntry t : entry.topics()) {
					DemoTopic topic = new DemoTopic(t.key(), t.name(), chain.code(), cluster.code(), t.core(),
							t.everyday(), t.products(), t.methods(), t.steps(), t.indicators(), t.applications(),
							t.problems());
					if (this.topics.putIfAbsent(topic.key(), topic) != null) {
						throw new IllegalStateException("Duplicate topic " + topic.key());
					}
					chainTopics.add(topic);
				}
				this.chains.put(chain.code(), new ChainVocabulary(chain.code(), cluster.code(), entry.field(),
						entry.qualifiers(), entry.equipment(), List.copyOf(chainTopics)));
			}
			for (IndustrialChain chain : taxonomy.chainsOf(cluster.code())) {
				if (!this.chains.containsKey(chain.code()) || this.chains.get(chain.code()).topics().isEmpty()) {
					throw new IllegalStateException("No demo topics for chain " + chain.code());
				}
			}
		}
		this.templates = read("catalog/demo/templates.json", DemoTemplates.class);
		this.institutions = read("catalog/demo/institutions.json", InstitutionCatalog.class);
	}

	static <T> T read(String resource, Class<T> type) {
		try (InputStream in = DemoVocabulary.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			return JSON.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	ChainVocabulary chain(String chainCode) {
		return this.chains.get(chainCode);
	}

	List<ChainVocabulary> chains() {
		return List.copyOf(this.chains.values());
	}

	List<ChainVocabulary> chainsOf(String clusterCode) {
		return this.chains.values().stream().filter(c -> c.clusterCode().equals(clusterCode)).toList();
	}

	List<DemoTopic> topics() {
		return List.copyOf(this.topics.values());
	}

	Optional<DemoTopic> topic(String key) {
		return Optional.ofNullable(this.topics.get(key));
	}

	DemoTemplates templates() {
		return this.templates;
	}

	InstitutionCatalog institutions() {
		return this.institutions;
	}

	record TopicFile(String cluster, List<ChainEntry> chains) {
	}

	record ChainEntry(String chain, TechnicalField field, List<String> qualifiers, List<String> equipment,
			List<TopicEntry> topics) {
	}

	record TopicEntry(String key, String name, List<String> core, List<String> everyday, List<String> products,
			List<String> methods, List<String> steps, List<String> indicators, List<String> applications,
			List<String> problems) {
	}

}
