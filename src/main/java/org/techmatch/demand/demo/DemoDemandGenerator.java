package org.techmatch.demand.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.demo.DemoTopic;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Budget;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandStatus;

/**
 * About 300 enterprise demands over all clusters, written the way enterprises write: from
 * each demo topic's everyday words, problems and applications (not its technical terms).
 * Deterministic: the same seed and topics give the same demands
 * ({@link SplittableRandom}'s algorithm is specified). Ids {@code dem-demo-0001}…; the
 * topic each was written from is {@link #topicOf}.
 */
public final class DemoDemandGenerator {

	public static final int COUNT = 300;

	public static final long DEFAULT_SEED = 20240701L;

	public static final String SOURCE_BATCH = "demo-demands-2024h1";

	static final LocalDate FIRST_DEADLINE = LocalDate.of(2027, 3, 1);

	static final Instant FIRST_CREATED = Instant.parse("2026-01-05T02:00:00Z");

	private static final List<String> CITIES = List.of("郑州", "洛阳", "新乡", "许昌", "南阳", "焦作", "开封", "平顶山", "安阳", "商丘",
			"周口", "信阳", "驻马店", "漯河", "鹤壁", "濮阳", "三门峡", "济源");

	private static final List<String> NAME_WORDS = List.of("华信", "中原", "宏达", "瑞丰", "天正", "嘉禾", "恒泰", "鑫源", "博远", "豫丰",
			"金桥", "盛邦", "汇川", "东方", "安泰", "新航");

	private static final List<String> TITLES = List.of("寻求%s技术", "%s技术需求", "%s相关技术合作", "求购%s成熟技术", "%s技术升级改造");

	private static final List<String> OPENINGS = List.of("我公司主要做%s方面的业务，", "我单位产品主要用于%s，", "公司是一家面向%s的生产企业，",
			"我们厂主要服务%s客户，");

	private static final List<String> ASKS = List.of("希望找到能解决这个问题的%s技术或团队。", "想引进%s方面的成熟技术，尽快落地。", "寻求高校或科研院所在%s上合作攻关。",
			"需要%s相关的技术方案和工艺指导。");

	private final List<DemoTopic> topics;

	private final IndustrialChainTaxonomy taxonomy;

	private final long seed;

	private final Map<String, String> topicOf = new LinkedHashMap<>();

	public DemoDemandGenerator(List<DemoTopic> topics, IndustrialChainTaxonomy taxonomy, long seed) {
		this.topics = topics.stream().sorted(Comparator.comparing(DemoTopic::key)).toList();
		this.taxonomy = taxonomy;
		this.seed = seed;
	}

	/**
	 * The demands; topics are used in turn, so every topic of every cluster gets one or
	 * two.
	 */
	public List<Demand> demands() {
		SplittableRandom random = new SplittableRandom(this.seed);
		List<Demand> demands = new ArrayList<>(COUNT);
		this.topicOf.clear();
		for (int n = 1; n <= COUNT; n++) {
			DemoTopic topic = this.topics.get((n - 1) % this.topics.size());
			Demand demand = demand(n, topic, random);
			this.topicOf.put(demand.id(), topic.key());
			demands.add(demand);
		}
		return demands;
	}

	/** Topic key each generated demand was written from (after {@link #demands()}). */
	public Map<String, String> topicOf() {
		return Map.copyOf(this.topicOf);
	}

	private Demand demand(int n, DemoTopic topic, SplittableRandom random) {
		String everyday = pick(topic.everyday(), random);
		String application = pick(topic.applications(), random);
		String problem = pick(topic.problems(), random);
		String title = String.format(pick(TITLES, random), everyday);
		String description = String.format(pick(OPENINGS, random), application) + "目前遇到" + problem + "的问题，"
				+ String.format(pick(ASKS, random), everyday);
		List<String> keywords = new ArrayList<>(new LinkedHashSet<>(List.of(everyday, pick(topic.everyday(), random))));
		boolean chainGiven = random.nextInt(100) < 60;
		String chain = chainGiven ? topic.chainCode() : null;
		String cluster = chainGiven ? topic.clusterCode() : null;
		Maturity maturity = switch (random.nextInt(5)) {
			case 0 -> null;
			case 1 -> Maturity.LAB_PROVEN;
			case 2, 3 -> Maturity.PILOT_PROVEN;
			default -> Maturity.MASS_PRODUCTION;
		};
		List<TransferMode> modes = modes(random);
		Budget budget = (random.nextInt(100) < 35) ? Budget.negotiableBudget() : budget(random);
		String city = pick(CITIES, random);
		DemandStatus status = status(random);
		String owner = city + pick(NAME_WORDS, random) + pick(List.of("科技", "实业", "新材料", "智能装备", "食品", "生物"), random)
				+ "有限公司";
		Instant created = FIRST_CREATED.plus(n * 7L, ChronoUnit.HOURS);
		String number = String.format("%04d", n);
		TechnicalField field = this.taxonomy.cluster(topic.clusterCode())
			.map((c) -> new TechnicalField(c.name(),
					this.taxonomy.chain(topic.chainCode()).map((ch) -> ch.name()).orElse(null)))
			.orElse(null);
		return Demand.builder()
			.id("dem-demo-" + number)
			.title(title)
			.description(description)
			.keywords(keywords)
			.technicalField(chainGiven ? field : null)
			.chain(chain)
			.cluster(cluster)
			.maturityAtLeast(maturity)
			.cooperationModes(modes)
			.budget(budget)
			.city(city)
			.deadline(FIRST_DEADLINE.plusDays(random.nextInt(365)))
			.status(status)
			.ownerOrganization(owner)
			.createdAt(created)
			.updatedAt(created)
			.sourceBatch(SOURCE_BATCH)
			.sourceId("DEMO-D-" + number)
			.build();
	}

	private static List<TransferMode> modes(SplittableRandom random) {
		List<TransferMode> all = List.of(TransferMode.TRANSFER, TransferMode.LICENSE, TransferMode.JOINT_DEVELOPMENT,
				TransferMode.COMMISSIONED_DEVELOPMENT, TransferMode.SERVICE, TransferMode.EQUITY);
		LinkedHashSet<TransferMode> modes = new LinkedHashSet<>();
		int count = 1 + random.nextInt(3);
		while (modes.size() < count) {
			modes.add(all.get(random.nextInt(all.size())));
		}
		return List.copyOf(modes);
	}

	private static Budget budget(SplittableRandom random) {
		int max = 20 + 10 * random.nextInt(49);
		return new Budget(false, (random.nextBoolean()) ? (double) (max / 2) : null, (double) max);
	}

	private static DemandStatus status(SplittableRandom random) {
		int r = random.nextInt(100);
		if (r < 75) {
			return DemandStatus.OPEN;
		}
		if (r < 88) {
			return DemandStatus.MATCHING;
		}
		if (r < 95) {
			return DemandStatus.IN_NEGOTIATION;
		}
		return (r < 98) ? DemandStatus.CONTRACTED : DemandStatus.CLOSED;
	}

	private static <T> T pick(List<T> list, SplittableRandom random) {
		return list.get(random.nextInt(list.size()));
	}

}
