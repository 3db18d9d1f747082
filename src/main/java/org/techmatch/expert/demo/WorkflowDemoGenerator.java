package org.techmatch.expert.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.techmatch.demand.Assignment;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.expert.Contract;
import org.techmatch.expert.ContractType;
import org.techmatch.expert.DeclineReason;
import org.techmatch.expert.HistoryEntry;
import org.techmatch.expert.HistoryEntry.Actor;
import org.techmatch.expert.Recommendation;
import org.techmatch.expert.RecommendationStatus;

/**
 * The expert workflow's demo data, generated deterministically from a seed and the day it
 * is made: {@value #HISTORY} earlier demands spread over the last {@value #MONTHS} months
 * (their texts from the demo demand templates), each claimed by one of the demo experts,
 * with one to three recommendations that went as far as their dates allow (sent, declined
 * with a reason, accepted, contacted, negotiating, contracted with a contract of a type
 * and value, or closed without a deal); and claims with early-stage recommendations on
 * the current demo demands that are being matched or negotiated. So the queue, the
 * statistics and the dashboard show something real-looking from the first start.
 */
public final class WorkflowDemoGenerator {

	public static final long DEFAULT_SEED = 20241130L;

	/** Earlier demands made for the workflow's history. */
	public static final int HISTORY = 180;

	/** How far back the history goes. */
	public static final int MONTHS = 18;

	public static final String HISTORY_BATCH = "demo-demands-history";

	static final List<Actor> EXPERTS = List.of(new Actor("acc-demo-expert-li", "李专家", "EXPERT"),
			new Actor("acc-demo-expert-wang", "王专家", "EXPERT"));

	static final Actor ENTERPRISE = new Actor("demo-enterprise", "需求方（演示）", "ENTERPRISE");

	static final List<DeclineReason> DECLINES = List.of(DeclineReason.PRICE, DeclineReason.PRICE,
			DeclineReason.NOT_A_FIT, DeclineReason.TOO_EARLY, DeclineReason.IP_UNCLEAR,
			DeclineReason.DESCRIPTION_UNCLEAR, DeclineReason.COMMERCIAL_ROUTE_UNCLEAR, DeclineReason.ALREADY_SOLVED,
			DeclineReason.OTHER);

	static final List<String> NOTES = List.of("技术路线与需求吻合，已有中试数据", "团队有同类企业合作经验，可先小批量验证", "专利权属清晰，可谈许可",
			"成本可控，适合贵单位现有产线", "可提供技术咨询后再定合作方式");

	private final long seed;

	private final Instant now;

	/**
	 * @param seed the generator's seed
	 * @param today the day the data is made: the history ends on it
	 */
	public WorkflowDemoGenerator(long seed, LocalDate today) {
		this.seed = seed;
		this.now = today.atStartOfDay(ZoneOffset.UTC).toInstant().plus(8, ChronoUnit.HOURS);
	}

	/** What was made: the demands (written again) and their recommendations. */
	public record Result(List<Demand> demands, List<Recommendation> recommendations) {
	}

	/**
	 * @param history demands to turn into the history (re-numbered
	 * {@code dem-demo-h0001…} and re-dated)
	 * @param current the current demo demands (those MATCHING or IN_NEGOTIATION get a
	 * claim and early recommendations)
	 * @param supplyFor demand id → ids and titles of items of its topic to recommend
	 */
	public Result generate(List<Demand> history, List<Demand> current,
			Map<String, List<Map.Entry<String, String>>> supplyFor) {
		SplittableRandom random = new SplittableRandom(this.seed);
		List<Demand> demands = new ArrayList<>();
		List<Recommendation> recommendations = new ArrayList<>();
		Instant start = this.now.minus(MONTHS * 30L, ChronoUnit.DAYS);
		long span = ChronoUnit.MINUTES.between(start, this.now.minus(3, ChronoUnit.DAYS));
		for (int n = 0; n < Math.min(HISTORY, history.size()); n++) {
			Demand source = history.get(n);
			Instant created = start.plus(span * n / HISTORY + random.nextInt(600), ChronoUnit.MINUTES);
			String id = String.format("dem-demo-h%04d", n + 1);
			Demand demand = source.toBuilder()
				.id(id)
				.createdAt(created)
				.updatedAt(created)
				.deadline(created.atZone(ZoneOffset.UTC).toLocalDate().plusDays(120 + random.nextInt(240)))
				.sourceBatch(HISTORY_BATCH)
				.sourceId("DEMO-H-" + (n + 1))
				.build();
			demands.add(work(demand, supplyFor.getOrDefault(source.id(), List.of()), RecommendationStatus.CONTRACTED,
					random, recommendations));
		}
		for (Demand demand : current) {
			if (demand.status() == DemandStatus.MATCHING || demand.status() == DemandStatus.IN_NEGOTIATION) {
				RecommendationStatus furthest = (demand.status() == DemandStatus.MATCHING)
						? RecommendationStatus.ACCEPTED : RecommendationStatus.NEGOTIATING;
				demands.add(work(demand, supplyFor.getOrDefault(demand.id(), List.of()), furthest, random,
						recommendations));
			}
		}
		return new Result(demands, recommendations);
	}

	/**
	 * Claims the demand and plays its recommendations forward, none past {@code furthest}
	 * or today; the demand's status follows.
	 */
	private Demand work(Demand demand, List<Map.Entry<String, String>> items, RecommendationStatus furthest,
			SplittableRandom random, List<Recommendation> out) {
		Actor expert = EXPERTS.get(random.nextInt(EXPERTS.size()));
		Instant reviewed = min(demand.createdAt().plus(6 + random.nextInt(9 * 24), ChronoUnit.HOURS));
		int count = Math.min(items.size(), 1 + random.nextInt(3));
		boolean contracted = false;
		boolean negotiating = false;
		for (int i = 0; i < count; i++) {
			Map.Entry<String, String> item = items.get((i * 7 + random.nextInt(3)) % items.size());
			if (out.stream()
				.anyMatch((r) -> r.getDemandId().equals(demand.id()) && r.getSupplyId().equals(item.getKey()))) {
				continue;
			}
			RecommendationStatus limit = contracted ? RecommendationStatus.NEGOTIATING : furthest;
			Recommendation recommendation = play(demand, item, expert, reviewed.plus(i * 20L, ChronoUnit.HOURS), limit,
					random);
			out.add(recommendation);
			contracted |= recommendation.getStatus() == RecommendationStatus.CONTRACTED;
			negotiating |= recommendation.getStatus() == RecommendationStatus.NEGOTIATING;
		}
		DemandStatus status = contracted ? DemandStatus.CONTRACTED
				: negotiating ? DemandStatus.IN_NEGOTIATION : DemandStatus.MATCHING;
		if (demand.status() == DemandStatus.IN_NEGOTIATION && status == DemandStatus.MATCHING) {
			status = DemandStatus.IN_NEGOTIATION;
		}
		boolean stillHeld = !contracted && random.nextInt(4) > 0;
		return demand.toBuilder()
			.status(status)
			.assignment(stillHeld ? new Assignment(expert.id(), expert.name(), reviewed.toString()) : null)
			.reviewedAt(reviewed)
			.reviewDays(days(demand.createdAt(), reviewed))
			.updatedAt(reviewed)
			.build();
	}

	private Recommendation play(Demand demand, Map.Entry<String, String> item, Actor expert, Instant proposed,
			RecommendationStatus limit, SplittableRandom random) {
		Recommendation r = new Recommendation();
		// the id a live recommend of the same pair would get, so that it is refused as a
		// duplicate
		r.setId(Recommendation.idFor(demand.id(), item.getKey()));
		r.setDemandId(demand.id());
		r.setDemandTitle(demand.title());
		r.setOrganisationId(demand.organisationId());
		r.setChain(demand.chain());
		r.setCluster(demand.cluster());
		r.setCity(demand.city());
		r.setSupplyId(item.getKey());
		r.setSupplyType(item.getKey().startsWith("cap-") ? "CAPABILITY" : "ACHIEVEMENT");
		r.setSupplyTitle(item.getValue());
		r.setExpertId(expert.id());
		r.setExpertName(expert.name());
		r.setNote(NOTES.get(random.nextInt(NOTES.size())));
		r.setDemandCreatedAt(demand.createdAt().toString());
		r.setCreatedAt(min(proposed).toString());
		r.setStatus(RecommendationStatus.PROPOSED);
		r.setUpdatedAt(r.getCreatedAt());
		r.append(new HistoryEntry(r.getCreatedAt(), expert, null, RecommendationStatus.PROPOSED, null, r.getNote()));
		Instant reviewed = Instant.parse(r.getCreatedAt());
		r.setReviewedAt(reviewed.toString());
		Instant t = proposed.plus(random.nextInt(48), ChronoUnit.HOURS);
		if (!step(r, RecommendationStatus.SENT, expert, t, null, limit)) {
			return r;
		}
		r.setSentAt(t.toString());
		r.setSendDays(days(reviewed, t));
		Instant sent = t;
		t = t.plus(1 + random.nextInt(14), ChronoUnit.DAYS);
		boolean accepts = random.nextInt(100) < 55;
		if (!accepts) {
			DeclineReason reason = DECLINES.get(random.nextInt(DECLINES.size()));
			if (step(r, RecommendationStatus.DECLINED, ENTERPRISE, t, reason, limit)) {
				r.setDeclineReason(reason);
				r.setAnsweredAt(t.toString());
				r.setAnswerDays(days(sent, t));
			}
			return r;
		}
		if (!step(r, RecommendationStatus.ACCEPTED, ENTERPRISE, t, null, limit)) {
			return r;
		}
		r.setAnsweredAt(t.toString());
		r.setAcceptedAt(t.toString());
		r.setAnswerDays(days(sent, t));
		Instant accepted = t;
		t = t.plus(2 + random.nextInt(9), ChronoUnit.DAYS);
		if (!step(r, RecommendationStatus.CONTACTED, expert, t, null, limit)) {
			return r;
		}
		t = t.plus(5 + random.nextInt(26), ChronoUnit.DAYS);
		if (!step(r, RecommendationStatus.NEGOTIATING, expert, t, null, limit)) {
			return r;
		}
		t = t.plus(10 + random.nextInt(51), ChronoUnit.DAYS);
		if (random.nextInt(100) < 35) {
			DeclineReason reason = List
				.of(DeclineReason.PRICE, DeclineReason.COMMERCIAL_ROUTE_UNCLEAR, DeclineReason.OTHER)
				.get(random.nextInt(3));
			if (step(r, RecommendationStatus.CLOSED_NO_DEAL, expert, t, reason, limit)) {
				r.setCloseReason(reason);
			}
			return r;
		}
		if (step(r, RecommendationStatus.CONTRACTED, expert, t, null, limit)) {
			LocalDate signed = t.atZone(ZoneOffset.UTC).toLocalDate();
			ContractType type = ContractType.values()[random.nextInt(ContractType.values().length)];
			double value = Math.round((20 + Math.pow(random.nextDouble(), 2) * 780) * 10) / 10.0;
			r.setContract(new Contract(value, type, signed.toString(),
					String.format("%d41%06d", signed.getYear(), 100000 + random.nextInt(900000))));
			r.setContractedAt(t.toString());
			r.setContractDays(days(accepted, signed.atStartOfDay(ZoneOffset.UTC).toInstant()));
		}
		return r;
	}

	/**
	 * Moves the recommendation unless the move lies in the future or beyond the limit.
	 */
	private boolean step(Recommendation r, RecommendationStatus to, Actor actor, Instant at, DeclineReason reason,
			RecommendationStatus limit) {
		boolean beyond = switch (to) {
			case DECLINED -> false;
			case CLOSED_NO_DEAL -> limit != RecommendationStatus.CONTRACTED;
			default -> to.ordinal() > limit.ordinal();
		};
		if (at.isAfter(this.now) || beyond) {
			return false;
		}
		r.append(new HistoryEntry(at.toString(), actor, r.getStatus(), to, reason, null));
		r.setStatus(to);
		r.setUpdatedAt(at.toString());
		return true;
	}

	private Instant min(Instant instant) {
		return instant.isAfter(this.now) ? this.now : instant;
	}

	private static double days(Instant from, Instant to) {
		return Math.round(ChronoUnit.MINUTES.between(from, to) / 14.4) / 100.0;
	}

}
