package org.techmatch.catalog.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TechnicalField;

/**
 * Builds a capability listing around an anchor achievement: same institution and chain,
 * 0–2 more chains of the cluster, services, equipment, and 2–4 representative
 * achievements of the same institution (of other institutions in the same chain only when
 * it has too few).
 */
final class CapabilityFactory {

	private final DemoVocabulary vocabulary;

	private final AchievementFactory achievements;

	private final List<GeneratedAchievement> corpus;

	private final Map<String, List<GeneratedAchievement>> byInstitution = new HashMap<>();

	private final Map<String, List<GeneratedAchievement>> byChain = new HashMap<>();

	private final Set<String> usedTitles = new HashSet<>();

	CapabilityFactory(DemoVocabulary vocabulary, AchievementFactory achievements, List<GeneratedAchievement> corpus) {
		this.vocabulary = vocabulary;
		this.achievements = achievements;
		this.corpus = corpus;
		for (GeneratedAchievement g : corpus) {
			this.byInstitution.computeIfAbsent(g.achievement().institution().name(), k -> new ArrayList<>()).add(g);
			this.byChain.computeIfAbsent(g.achievement().chain(), k -> new ArrayList<>()).add(g);
		}
	}

	/**
	 * Starts a new round of the standard corpus size: titles of earlier rounds may be
	 * written again.
	 */
	void newRound() {
		this.usedTitles.clear();
	}

	/** Listing {@code number}, its id and source id padded to {@code width} digits. */
	Capability create(int number, int width, DemoRandom random) {
		for (int attempt = 0; attempt < 100; attempt++) {
			GeneratedAchievement anchor = random.pick(this.corpus);
			Capability capability = around(number, width, anchor, random);
			if (capability != null) {
				return capability;
			}
		}
		throw new IllegalStateException("No unique capability title for cap " + number);
	}

	private Capability around(int number, int width, GeneratedAchievement anchor, DemoRandom random) {
		Achievement a = anchor.achievement();
		Institution institution = a.institution();
		List<ChainVocabulary> chains = new ArrayList<>();
		chains.add(this.vocabulary.chain(a.chain()));
		List<ChainVocabulary> siblings = new ArrayList<>(this.vocabulary.chainsOf(a.cluster()));
		siblings.remove(chains.get(0));
		chains.addAll(random.distinct(siblings, random.weighted(new double[] { 45, 40, 15 })));
		List<String> terms = terms(anchor, chains, random);
		List<ServiceType> services = services(institution.type(), random);
		String team = team(institution, chains.get(0), anchor, random);
		Map<String, String> v = new HashMap<>();
		v.put("institution", institution.name());
		v.put("team", team);
		v.put("c", terms.get(0));
		v.put("c2", terms.get(1));
		v.put("c3", terms.get(2));
		v.put("services", label(services));
		DemoTemplates t = this.vocabulary.templates();
		String title = TemplateFiller.fill(random.pick(t.capabilityTitles()), v, random);
		if (!this.usedTitles.add(title)) {
			return null;
		}
		List<String> equipment = equipment(chains, services, random);
		List<String> apps = random.distinct(this.vocabulary.topic(anchor.topicKey()).orElseThrow().applications(), 2);
		v.put("a", apps.get(0));
		v.put("a2", apps.get(1));
		for (int i = 0; i < 3; i++) {
			v.put("e" + (i + 1), equipment.get(i));
		}
		List<GeneratedAchievement> representatives = representatives(anchor, chains, random);
		List<String> results = representatives.stream().map(g -> g.achievement().title()).toList();
		String description = TemplateFiller.fill(random.pick(t.capabilityDescriptions()), v, random) + "代表性成果包括“"
				+ String.join("”“", results.subList(0, 2)) + "”等。";
		String id = "cap-demo-" + PatentNumbers.pad(number, width);
		// the builder calls run in field order, so the random draws happen in the same
		// order as before
		return Capability.builder()
			.id(id)
			.sourceBatch(DemoCorpusGenerator.SOURCE_BATCH)
			.sourceId("DEMO-C-" + PatentNumbers.pad(number, width))
			.institution(institution)
			.team(team)
			.title(title)
			.description(description)
			.serviceTypes(services)
			.technicalFields(fields(chains))
			.chains(chains.stream().map(ChainVocabulary::chainCode).toList())
			.clusters(List.of(a.cluster()))
			.equipment(equipment)
			.representativeAchievementIds(representatives.stream().map(g -> g.achievement().id()).toList())
			.representativeResults(results)
			.city(institution.city())
			.publishedDate(AchievementFactory.FIRST_DAY.plusDays(random.nextInt(AchievementFactory.DAYS)))
			.contact(this.achievements.contact(institution, "c" + number, random))
			.build();
	}

	private List<String> terms(GeneratedAchievement anchor, List<ChainVocabulary> chains, DemoRandom random) {
		Set<String> terms = new LinkedHashSet<>(
				random.distinct(this.vocabulary.topic(anchor.topicKey()).orElseThrow().core(), 2));
		while (terms.size() < 3) {
			ChainVocabulary chain = random.pick(chains);
			terms.add(random.pick(random.pick(chain.topics()).core()));
		}
		return List.copyOf(terms);
	}

	private static List<ServiceType> services(InstitutionType type, DemoRandom random) {
		// TECH_DEVELOPMENT, CONSULTING, TECH_SERVICE, TESTING, PILOT_SCALE
		double[] weights = switch (type) {
			case ENTERPRISE -> new double[] { 30, 8, 25, 12, 25 };
			case LAB, INSTITUTE -> new double[] { 25, 15, 20, 30, 10 };
			default -> new double[] { 40, 25, 15, 12, 8 };
		};
		int count = random.weighted(new double[] { 35, 45, 20 }) + 1;
		boolean[] chosen = new boolean[ServiceType.values().length];
		for (int i = 0; i < count; i++) {
			chosen[random.weighted(weights)] = true;
		}
		List<ServiceType> services = new ArrayList<>();
		for (ServiceType service : ServiceType.values()) {
			if (chosen[service.ordinal()]) {
				services.add(service);
			}
		}
		return services;
	}

	private static String label(List<ServiceType> services) {
		List<String> labels = services.stream().map(ServiceType::label).toList();
		if (labels.size() == 1) {
			return labels.get(0);
		}
		return String.join("、", labels.subList(0, labels.size() - 1)) + "与" + labels.get(labels.size() - 1);
	}

	private String team(Institution institution, ChainVocabulary chain, GeneratedAchievement anchor,
			DemoRandom random) {
		String suffix = random.pick(this.vocabulary.templates().teamSuffixes().get(institution.type().name()));
		if (institution.type() == InstitutionType.LAB) {
			return suffix;
		}
		DemoTopic topic = this.vocabulary.topic(anchor.topicKey()).orElseThrow();
		String subject = random.chance(0.5) ? topic.core().get(0) : random.pick(chain.topics()).core().get(0);
		return subject + suffix;
	}

	private List<String> equipment(List<ChainVocabulary> chains, List<ServiceType> services, DemoRandom random) {
		Set<String> all = new LinkedHashSet<>();
		chains.forEach(c -> all.addAll(c.equipment()));
		List<String> chosen = new ArrayList<>(random.distinct(new ArrayList<>(all), random.between(3, 5)));
		if (services.contains(ServiceType.PILOT_SCALE) || random.chance(0.4)) {
			chosen.add(random.pick(this.vocabulary.templates().platforms()));
		}
		return chosen;
	}

	private List<GeneratedAchievement> representatives(GeneratedAchievement anchor, List<ChainVocabulary> chains,
			DemoRandom random) {
		Set<String> chainCodes = new HashSet<>();
		chains.forEach(c -> chainCodes.add(c.chainCode()));
		List<GeneratedAchievement> own = this.byInstitution.get(anchor.achievement().institution().name());
		List<GeneratedAchievement> sameChains = own.stream()
			.filter(g -> g != anchor && chainCodes.contains(g.achievement().chain()))
			.toList();
		List<GeneratedAchievement> others = own.stream()
			.filter(g -> g != anchor && !chainCodes.contains(g.achievement().chain()))
			.toList();
		int wanted = random.between(2, 4);
		List<GeneratedAchievement> chosen = new ArrayList<>();
		chosen.add(anchor);
		chosen.addAll(random.distinct(sameChains, wanted - 1));
		chosen.addAll(random.distinct(others, wanted - chosen.size()));
		List<GeneratedAchievement> chainPeers = this.byChain.get(anchor.achievement().chain());
		while (chosen.size() < 2) {
			GeneratedAchievement peer = random.pick(chainPeers);
			if (!chosen.contains(peer)) {
				chosen.add(peer);
			}
		}
		return chosen;
	}

	private static List<TechnicalField> fields(List<ChainVocabulary> chains) {
		return chains.stream().map(ChainVocabulary::field).distinct().toList();
	}

}
