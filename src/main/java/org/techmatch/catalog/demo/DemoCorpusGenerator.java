package org.techmatch.catalog.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * The demo corpus: 11,000 achievements ({@code ach-demo-00001}..) and 587 capability
 * listings ({@code cap-demo-0001}..) in Henan's 7+28+N chains, written from the
 * hand-written knowledge base in {@code catalog/demo/}; a scale factor multiplies both
 * (×10: 110,000 achievements, {@code ach-demo-000001}.., and 5,870 listings).
 * Deterministic: the same seed and scale give byte-identical output on every machine (own
 * SplitMix64, no hash-order iteration, no locale or clock); scale 1 is the corpus as it
 * always was.
 */
public final class DemoCorpusGenerator {

	public static final long DEFAULT_SEED = 20240630L;

	public static final int ACHIEVEMENTS = 11_000;

	public static final int CAPABILITIES = 587;

	public static final String SOURCE_BATCH = "demo-2024h1";

	public static final String REGION = "河南省";

	/** Share of achievements per cluster; 新材料 and 先进装备 are the biggest. */
	private static final Map<String, Double> CLUSTER_WEIGHTS = Map.of("NEW_MATERIALS", 22.0, "ADVANCED_EQUIPMENT", 22.0,
			"ELECTRONIC_INFORMATION", 15.0, "MODERN_MEDICINE", 13.0, "NEW_ENERGY_VEHICLES", 10.0, "MODERN_FOOD", 10.0,
			"MODERN_LIGHT_TEXTILE", 8.0);

	/** Weight of a cluster's N node relative to one of its key chains. */
	private static final double OTHER_CHAIN_WEIGHT = 0.6;

	private final IndustrialChainTaxonomy taxonomy;

	private final long seed;

	private final int scale;

	private DemoCorpus corpus;

	public DemoCorpusGenerator() {
		this(new IndustrialChainTaxonomy(), DEFAULT_SEED);
	}

	public DemoCorpusGenerator(IndustrialChainTaxonomy taxonomy, long seed) {
		this(taxonomy, seed, 1);
	}

	/**
	 * @param scale how many times the standard corpus' size, at least 1
	 */
	public DemoCorpusGenerator(IndustrialChainTaxonomy taxonomy, long seed, int scale) {
		if (scale < 1) {
			throw new IllegalArgumentException("The scale factor is at least 1, not " + scale);
		}
		this.taxonomy = taxonomy;
		this.seed = seed;
		this.scale = scale;
	}

	/** Number of achievements at this scale. */
	public int achievementCount() {
		return ACHIEVEMENTS * this.scale;
	}

	/** Number of capability listings at this scale. */
	public int capabilityCount() {
		return CAPABILITIES * this.scale;
	}

	/** Generates the corpus on first use (well under a second) and keeps it. */
	public synchronized DemoCorpus corpus() {
		if (this.corpus == null) {
			this.corpus = generate();
		}
		return this.corpus;
	}

	public List<Achievement> achievements() {
		return corpus().achievements();
	}

	public List<Capability> capabilities() {
		return corpus().capabilities();
	}

	public List<GeneratedAchievement> generatedAchievements() {
		return corpus().generatedAchievements();
	}

	/**
	 * The topics of the knowledge base; reading them does not generate the corpus (the
	 * demand loader needs only them).
	 */
	public synchronized List<DemoTopic> topics() {
		return (this.corpus != null) ? this.corpus.topics() : new DemoVocabulary(this.taxonomy).topics();
	}

	public Optional<DemoTopic> topicOf(String achievementId) {
		return corpus().topicOf(achievementId);
	}

	private DemoCorpus generate() {
		DemoVocabulary vocabulary = new DemoVocabulary(this.taxonomy);
		List<String> clusters = this.taxonomy.clusters().stream().map(c -> c.code()).toList();
		InstitutionPicker institutions = new InstitutionPicker(vocabulary.institutions(), clusters,
				new DemoRandom(this.seed ^ 0x5EED_1A57L));
		AchievementWriter writer = new AchievementWriter(vocabulary.templates());
		AchievementFactory factory = new AchievementFactory(institutions, writer);
		DemoRandom random = new DemoRandom(this.seed);
		double[] clusterWeights = clusters.stream().mapToDouble(c -> CLUSTER_WEIGHTS.getOrDefault(c, 10.0)).toArray();
		int achievements = achievementCount();
		int width = (this.scale == 1) ? 5 : Integer.toString(achievements).length();
		List<GeneratedAchievement> generated = new ArrayList<>(achievements);
		for (int n = 1; n <= achievements; n++) {
			if (n > 1 && (n - 1) % ACHIEVEMENTS == 0) {
				writer.newRound();
			}
			String cluster = clusters.get(random.weighted(clusterWeights));
			ChainVocabulary chain = pickChain(vocabulary.chainsOf(cluster), random);
			DemoTopic topic = random.pick(chain.topics());
			generated.add(new GeneratedAchievement(factory.create(n, width, chain, topic, random), topic.key()));
		}
		CapabilityFactory capabilityFactory = new CapabilityFactory(vocabulary, factory, generated);
		DemoRandom capabilityRandom = new DemoRandom(this.seed + 587);
		int capabilityCount = capabilityCount();
		int capabilityWidth = (this.scale == 1) ? 4 : Integer.toString(capabilityCount).length();
		List<Capability> capabilities = new ArrayList<>(capabilityCount);
		for (int n = 1; n <= capabilityCount; n++) {
			if (n > 1 && (n - 1) % CAPABILITIES == 0) {
				capabilityFactory.newRound();
			}
			capabilities.add(capabilityFactory.create(n, capabilityWidth, capabilityRandom));
		}
		return new DemoCorpus(generated, capabilities, vocabulary.topics());
	}

	private ChainVocabulary pickChain(List<ChainVocabulary> chains, DemoRandom random) {
		double[] weights = new double[chains.size()];
		for (int i = 0; i < weights.length; i++) {
			boolean key = this.taxonomy.chain(chains.get(i).chainCode()).orElseThrow().keyChain();
			weights[i] = key ? 1.0 : OTHER_CHAIN_WEIGHT;
		}
		return chains.get(random.weighted(weights));
	}

}
