package org.techmatch.catalog.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.catalog.chain.IndustrialCluster;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCorpusGeneratorTests {

	/**
	 * Change only on purpose: a new value means every consumer of the demo corpus sees
	 * new data.
	 */
	private static final String EXPECTED_SHA256 = "05178470cc1dcb7aa5cf3a169860c78a0b65ae114e74ee4e76de8f0dcad615cf";

	/** The same for the corpus at scale 10. */
	private static final String EXPECTED_SHA256_TIMES_10 = "ac76e26e230a6e5bc788cbc1d736d12c5c5dc4329f350e60defb210f80ba4854";

	private static final Set<String> HENAN_CITIES = Set.of("郑州", "洛阳", "新乡", "南阳", "周口", "许昌", "开封", "平顶山", "安阳", "焦作",
			"信阳", "商丘", "驻马店", "漯河", "三门峡", "鹤壁", "濮阳", "济源");

	private static IndustrialChainTaxonomy taxonomy;

	private static DemoCorpus corpus;

	@BeforeAll
	static void generate() {
		taxonomy = new IndustrialChainTaxonomy();
		corpus = new DemoCorpusGenerator(taxonomy, DemoCorpusGenerator.DEFAULT_SEED).corpus();
	}

	@Test
	@DisplayName("generates exactly 11,000 achievements and 587 capabilities with the documented ids")
	void counts() {
		List<Achievement> achievements = corpus.achievements();
		assertThat(achievements).hasSize(11_000);
		assertThat(corpus.capabilities()).hasSize(587);
		assertThat(achievements.get(0).id()).isEqualTo("ach-demo-00001");
		assertThat(achievements.get(10_999).id()).isEqualTo("ach-demo-11000");
		assertThat(corpus.capabilities().get(0).id()).isEqualTo("cap-demo-0001");
		assertThat(corpus.capabilities().get(586).id()).isEqualTo("cap-demo-0587");
	}

	@Test
	@DisplayName("no two achievement titles and no two capability titles are the same")
	void uniqueTitles() {
		assertThat(corpus.achievements().stream().map(Achievement::title).distinct().count()).isEqualTo(11_000);
		assertThat(corpus.capabilities().stream().map(Capability::title).distinct().count()).isEqualTo(587);
	}

	@Test
	@DisplayName("every description is 150-500 characters, every summary at most 120 and the start of the description")
	void textLengths() {
		for (Achievement a : corpus.achievements()) {
			assertThat(a.description().length()).as(a.id()).isBetween(150, 500);
			assertThat(a.summary().length()).as(a.id()).isLessThanOrEqualTo(120);
			assertThat(a.description()).as(a.id()).startsWith(a.summary().replace("…", ""));
		}
	}

	@Test
	@DisplayName("every achievement has 3-6 keywords that appear in its title or description")
	void keywords() {
		for (Achievement a : corpus.achievements()) {
			assertThat(a.keywords()).as(a.id()).hasSizeBetween(3, 6).doesNotHaveDuplicates();
			for (String keyword : a.keywords()) {
				assertThat(a.title() + a.description()).as(a.id()).contains(keyword);
			}
		}
	}

	@Test
	@DisplayName("every cluster and every one of the 28 key chains has achievements; 新材料 and 先进装备 are the biggest clusters")
	void coverage() {
		Set<String> chains = corpus.achievements().stream().map(Achievement::chain).collect(Collectors.toSet());
		for (IndustrialChain chain : taxonomy.keyChains()) {
			assertThat(chains).contains(chain.code());
		}
		var perCluster = corpus.achievements()
			.stream()
			.collect(Collectors.groupingBy(Achievement::cluster, Collectors.counting()));
		assertThat(perCluster.keySet())
			.containsExactlyInAnyOrderElementsOf(taxonomy.clusters().stream().map(IndustrialCluster::code).toList());
		long largestOther = perCluster.entrySet()
			.stream()
			.filter(e -> !e.getKey().equals("NEW_MATERIALS") && !e.getKey().equals("ADVANCED_EQUIPMENT"))
			.mapToLong(e -> e.getValue())
			.max()
			.orElseThrow();
		assertThat(perCluster.get("NEW_MATERIALS")).isGreaterThan(largestOther);
		assertThat(perCluster.get("ADVANCED_EQUIPMENT")).isGreaterThan(largestOther);
		for (Achievement a : corpus.achievements()) {
			assertThat(taxonomy.clusterOf(a.chain()).map(IndustrialCluster::code)).as(a.id()).contains(a.cluster());
		}
	}

	@Test
	@DisplayName("all institutions and capabilities are in Henan cities and every region is 河南省")
	void henan() {
		for (Achievement a : corpus.achievements()) {
			assertThat(HENAN_CITIES).as(a.id()).contains(a.institution().city());
			assertThat(a.region()).isEqualTo("河南省");
		}
		for (Capability c : corpus.capabilities()) {
			assertThat(HENAN_CITIES).as(c.id()).contains(c.city());
		}
	}

	@Test
	@DisplayName("structured fields are realistic: dates in 2023-01..2024-06, TRL matches maturity, ~60% 面议, fake contacts")
	void structuredFields() {
		long negotiable = 0;
		for (Achievement a : corpus.achievements()) {
			assertThat(a.publishedDate().toString()).as(a.id()).isBetween("2023-01-01", "2024-06-30");
			assertThat(a.transferModes()).as(a.id()).hasSizeBetween(1, 3);
			if (a.trl() != null) {
				assertThat(a.trl()).as(a.id())
					.isBetween(a.maturity() == Maturity.RESEARCH ? 1 : 4,
							a.maturity().isAtLeast(Maturity.PILOT_PROVEN) ? 9 : 5);
			}
			AskingPrice p = a.price();
			if (p.negotiable()) {
				negotiable++;
			}
			else {
				assertThat(p.minWan()).as(a.id()).isBetween(5.0, 2000.0).isLessThanOrEqualTo(p.maxWan());
				assertThat(p.maxWan()).as(a.id()).isLessThanOrEqualTo(2000.0);
			}
			a.ip()
				.patentNumbers()
				.forEach(n -> assertThat(n).matches("ZL20\\d{2}[123]\\d{7}\\.[0-9X]|20\\d{2}SR\\d{7}"));
			assertThat(a.contact().email()).endsWith("@example.org");
			assertThat(a.contact().phone()).matches("0\\d{3}-6\\d{7}");
		}
		assertThat(negotiable / 11_000.0).isBetween(0.55, 0.65);
	}

	@Test
	@DisplayName("capabilities have 1-3 chains, equipment and 2-4 representative achievements that exist, mostly of the same institution")
	void capabilities() {
		int sameInstitution = 0;
		int total = 0;
		for (Capability c : corpus.capabilities()) {
			assertThat(c.chains()).as(c.id()).hasSizeBetween(1, 3);
			assertThat(c.serviceTypes()).as(c.id()).isNotEmpty();
			assertThat(c.equipment()).as(c.id()).hasSizeGreaterThanOrEqualTo(3);
			assertThat(c.representativeAchievementIds()).as(c.id()).hasSizeBetween(2, 4).doesNotHaveDuplicates();
			assertThat(c.representativeResults()).hasSameSizeAs(c.representativeAchievementIds());
			for (String id : c.representativeAchievementIds()) {
				Achievement a = corpus.achievement(id).orElseThrow();
				total++;
				if (a.institution().equals(c.institution())) {
					sameInstitution++;
				}
			}
		}
		assertThat(sameInstitution).isGreaterThan(total * 9 / 10);
	}

	@Test
	@DisplayName("ground truth: every achievement has a topic of its own chain, with everyday paraphrases, and relevance grades 3/2/1/0")
	void groundTruth() {
		assertThat(corpus.topics()).hasSizeGreaterThanOrEqualTo(28 * 6);
		for (IndustrialChain chain : taxonomy.keyChains()) {
			assertThat(corpus.topics().stream().filter(t -> t.chainCode().equals(chain.code()))).as(chain.code())
				.hasSizeGreaterThanOrEqualTo(6);
		}
		for (GeneratedAchievement g : corpus.generatedAchievements()) {
			DemoTopic topic = corpus.topicOf(g.achievement().id()).orElseThrow();
			assertThat(topic.chainCode()).isEqualTo(g.achievement().chain());
			assertThat(topic.everyday()).isNotEmpty();
		}
		Achievement a = corpus.achievements().get(0);
		DemoTopic own = corpus.topicOf(a.id()).orElseThrow();
		DemoTopic sibling = corpus.topics()
			.stream()
			.filter(t -> t.chainCode().equals(own.chainCode()) && t != own)
			.findFirst()
			.orElseThrow();
		DemoTopic cousin = corpus.topics()
			.stream()
			.filter(t -> t.clusterCode().equals(own.clusterCode()) && !t.chainCode().equals(own.chainCode()))
			.findFirst()
			.orElseThrow();
		DemoTopic stranger = corpus.topics()
			.stream()
			.filter(t -> !t.clusterCode().equals(own.clusterCode()))
			.findFirst()
			.orElseThrow();
		assertThat(corpus.relevance(own.key(), a.id())).isEqualTo(3);
		assertThat(corpus.relevance(sibling.key(), a.id())).isEqualTo(2);
		assertThat(corpus.relevance(cousin.key(), a.id())).isEqualTo(1);
		assertThat(corpus.relevance(stranger.key(), a.id())).isZero();
	}

	@Test
	@DisplayName("is deterministic: a second generator gives the same SHA-256, which equals the recorded value")
	void deterministic() {
		String again = DemoCorpusFingerprint
			.sha256(new DemoCorpusGenerator(taxonomy, DemoCorpusGenerator.DEFAULT_SEED).corpus());
		assertThat(DemoCorpusFingerprint.sha256(corpus)).isEqualTo(again).isEqualTo(EXPECTED_SHA256);
	}

	@Test
	@DisplayName("another seed gives a different corpus")
	void seedMatters() {
		DemoCorpus other = new DemoCorpusGenerator(taxonomy, 7L).corpus();
		assertThat(other.achievements().get(0).title()).isNotEqualTo(corpus.achievements().get(0).title());
		Set<String> titles = new HashSet<>();
		other.achievements().forEach(a -> titles.add(a.title()));
		assertThat(titles).hasSize(11_000);
	}

	@Test
	@DisplayName("scale 10 gives 110,000 achievements and 5,870 capability listings, titles unique per round of 11,000, the same on every run")
	void scaleTen() {
		DemoCorpus ten = new DemoCorpusGenerator(taxonomy, DemoCorpusGenerator.DEFAULT_SEED, 10).corpus();
		assertThat(ten.achievements()).hasSize(110_000);
		assertThat(ten.capabilities()).hasSize(5_870);
		assertThat(ten.achievements().get(0).id()).isEqualTo("ach-demo-000001");
		assertThat(ten.achievements().get(109_999).id()).isEqualTo("ach-demo-110000");
		assertThat(ten.capabilities().get(5_869).id()).isEqualTo("cap-demo-5870");
		assertThat(ten.achievements().stream().map(Achievement::id).distinct().count()).isEqualTo(110_000);
		for (int round = 0; round < 10; round++) {
			assertThat(
					ten.achievements().subList(round * 11_000, (round + 1) * 11_000).stream().map(Achievement::title))
				.as("titles of round %d", round)
				.doesNotHaveDuplicates();
			assertThat(ten.capabilities().subList(round * 587, (round + 1) * 587).stream().map(Capability::title))
				.doesNotHaveDuplicates();
		}
		assertThat(DemoCorpusFingerprint.sha256(ten)).as("recorded; change only on purpose")
			.isEqualTo(EXPECTED_SHA256_TIMES_10);
	}

}
