package org.techmatch.expert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.elasticsearch.core.RefreshPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.accounts.Caller;
import org.techmatch.accounts.Role;
import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandService;
import org.techmatch.matching.MatchStore;
import org.techmatch.demand.DemandService.StoredDemand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.demand.DemandVersion;
import org.techmatch.expert.HistoryEntry.Actor;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Recommendations (专家推荐): an expert recommends an item for a demand they hold (PROPOSED,
 * or SENT at once), the owning organisation's members answer a SENT one (ACCEPTED, or
 * DECLINED with a reason), the expert advances an accepted one to a contract or closes it
 * without a deal. Every move follows {@link RecommendationTransitions} (else userError
 * INVALID_TRANSITION), appends to the history, and is written only over the revision the
 * client read (else CONFLICT). Members of the owning organisation see a recommendation
 * once it is SENT; experts and administrators see all; other organisations none
 * (FORBIDDEN).
 */
@Service
public class RecommendationService {

	static final int MAX_NOTE = 2000;

	private final RecommendationRepository repository;

	private final DemandService demands;

	private final CatalogService catalog;

	private final Actors actors;

	private final WorkflowEvents events;

	private final Clock clock;

	private final MatchStore matchStore;

	@Autowired
	public RecommendationService(RecommendationRepository repository, DemandService demands, CatalogService catalog,
			Actors actors, WorkflowEvents events, MatchStore matchStore) {
		this(repository, demands, catalog, actors, events, matchStore, Clock.systemUTC());
	}

	RecommendationService(RecommendationRepository repository, DemandService demands, CatalogService catalog,
			Actors actors, WorkflowEvents events, MatchStore matchStore, Clock clock) {
		this.matchStore = matchStore;
		this.repository = repository;
		this.demands = demands;
		this.catalog = catalog;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * EXPERT (on a demand they hold) and ADMIN: records an introduction, PROPOSED or,
	 * with {@code send}, SENT at once.
	 */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public RecommendationPayload recommend(RecommendInput input) {
		Caller caller = Caller.current();
		Optional<UserError> noteError = noteError(input.note());
		if (noteError.isPresent()) {
			return RecommendationPayload.failed(noteError.get());
		}
		Optional<StoredDemand> stored = this.demands.stored(input.demandId());
		if (stored.isEmpty()) {
			return RecommendationPayload.failed(UserError.of("demandId", UserErrorCode.NOT_FOUND,
					"demand " + input.demandId() + " does not exist"));
		}
		Demand demand = stored.get().demand();
		if (demand.status() == DemandStatus.CLOSED) {
			return RecommendationPayload
				.failed(UserError.of("demandId", UserErrorCode.CLOSED, "demand " + demand.id() + " is closed"));
		}
		if (!caller.has(Role.ADMIN)
				&& (demand.assignment() == null || !demand.assignment().expertId().equals(caller.accountId()))) {
			return RecommendationPayload.failed(UserError.of("demandId", UserErrorCode.NOT_ASSIGNED,
					"claim demand " + demand.id() + " (assignDemand) before recommending for it"));
		}
		Optional<SupplyId> supplyId = SupplyId.parse(input.supplyId());
		Optional<SupplyItem> item = supplyId.flatMap(this.catalog::item);
		if (item.isEmpty()) {
			return RecommendationPayload.failed(UserError.of("supplyId", UserErrorCode.NOT_FOUND,
					"supply item " + input.supplyId() + " does not exist"));
		}
		// the read answers early (and finds recommendations stored before ids came from
		// the
		// pair); the create below is what refuses a concurrent second one
		boolean duplicate = this.repository.findTop100ByDemandIdOrderByCreatedAtAsc(demand.id())
			.stream()
			.anyMatch((r) -> r.getSupplyId().equals(input.supplyId()));
		if (duplicate) {
			return duplicate(input.supplyId(), demand.id());
		}
		Actor actor = this.actors.currentStaff();
		Instant now = now();
		Recommendation recommendation = new Recommendation();
		recommendation.setId(Recommendation.idFor(demand.id(), input.supplyId()));
		recommendation.setDemandId(demand.id());
		recommendation.setDemandTitle(demand.title());
		recommendation.setOrganisationId(demand.organisationId());
		recommendation.setChain(demand.chain());
		recommendation.setCluster(demand.cluster());
		recommendation.setCity(demand.city());
		recommendation.setSupplyId(input.supplyId());
		recommendation.setSupplyType(supplyId.get().type().name());
		recommendation.setSupplyTitle(item.get().title());
		recommendation.setExpertId(actor.id());
		recommendation.setExpertName(actor.name());
		recommendation.setNote(strip(input.note()));
		recommendation.setStatus(RecommendationStatus.PROPOSED);
		recommendation.setCreatedAt(now.toString());
		recommendation.setUpdatedAt(now.toString());
		recommendation.setDemandCreatedAt(text(demand.createdAt()));
		recommendation.setReviewedAt(text(demand.reviewedAt()));
		recommendation.append(new HistoryEntry(now.toString(), actor, null, RecommendationStatus.PROPOSED, null,
				strip(input.note())));
		if (input.sendNow()) {
			move(recommendation, RecommendationStatus.SENT, actor, null, null, now);
		}
		Optional<Recommendation> created = this.repository.createIfAbsent(recommendation);
		if (created.isEmpty()) {
			return duplicate(input.supplyId(), demand.id());
		}
		Recommendation saved = created.get();
		// the demand's stored matches now lack this recommendation's mark
		this.matchStore.forget(saved.getDemandId());
		if (saved.getStatus() == RecommendationStatus.SENT) {
			this.events.sent(saved);
		}
		return RecommendationPayload.ok(saved);
	}

	/**
	 * Members of the organisation that owns the demand: ACCEPTED, or DECLINED with a
	 * reason. Experts and administrators FORBIDDEN (they do not answer for an
	 * enterprise).
	 */
	@PreAuthorize("hasRole('ENTERPRISE')")
	public RecommendationPayload respond(RespondInput input) {
		DemandVersion version = version(input.version());
		Optional<Recommendation> found = this.repository.findById(input.id());
		Caller caller = Caller.current();
		if (found.isPresent() && !caller.isMemberOf(found.get().getOrganisationId())) {
			throw new AccessDeniedException("not a member of the organisation that owns the demand");
		}
		if (found.isEmpty() || !found.get().getStatus().visibleToEnterprise()) {
			return notFound(input.id());
		}
		Recommendation recommendation = found.get();
		RecommendationStatus to = input.response().status();
		Optional<UserError> error = stale(recommendation, version).or(() -> transitionError(recommendation, to))
			.or(() -> noteError(input.note()));
		if (error.isEmpty() && to == RecommendationStatus.DECLINED && input.reason() == null) {
			error = Optional
				.of(UserError.of("reason", UserErrorCode.REQUIRED, "say why the recommendation is declined"));
		}
		if (error.isPresent()) {
			return RecommendationPayload.failed(error.get());
		}
		Actor actor = this.actors.current(Role.ENTERPRISE);
		DeclineReason reason = (to == RecommendationStatus.DECLINED) ? input.reason() : null;
		move(recommendation, to, actor, reason, strip(input.note()), now());
		recommendation.setDeclineReason(reason);
		recommendation.setResponseNote(strip(input.note()));
		return save(recommendation);
	}

	/**
	 * EXPERT (the one who recommended it) and ADMIN: SENT, CONTACTED, NEGOTIATING,
	 * CONTRACTED (with the contract) or CLOSED_NO_DEAL (with a reason). Other experts
	 * FORBIDDEN.
	 */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public RecommendationPayload advance(AdvanceInput input) {
		DemandVersion version = version(input.version());
		Optional<Recommendation> found = this.repository.findById(input.id());
		if (found.isEmpty()) {
			return notFound(input.id());
		}
		Recommendation recommendation = found.get();
		Caller caller = Caller.current();
		if (!caller.has(Role.ADMIN) && !recommendation.getExpertId().equals(caller.accountId())) {
			throw new AccessDeniedException("only the expert who recommended it moves it");
		}
		RecommendationStatus to = input.to();
		Optional<UserError> error = stale(recommendation, version)
			.or(() -> RecommendationTransitions.ENTERPRISE_MOVES.contains(to)
					? Optional.of(UserError.of("to", UserErrorCode.INVALID_TRANSITION,
							"the enterprise answers a recommendation (respondToRecommendation), not its expert"))
					: transitionError(recommendation, to))
			.or(() -> noteError(input.note()));
		if (error.isEmpty() && to == RecommendationStatus.CLOSED_NO_DEAL && input.reason() == null) {
			error = Optional.of(UserError.of("reason", UserErrorCode.REQUIRED, "say why there is no deal"));
		}
		if (error.isEmpty() && to == RecommendationStatus.CONTRACTED) {
			error = ContractValidator.validate(input.contract(), this.clock).stream().findFirst();
		}
		if (error.isPresent()) {
			return RecommendationPayload.failed(error.get());
		}
		Instant now = now();
		DeclineReason reason = (to == RecommendationStatus.CLOSED_NO_DEAL) ? input.reason() : null;
		move(recommendation, to, this.actors.currentStaff(), reason, strip(input.note()), now);
		if (reason != null) {
			recommendation.setCloseReason(reason);
		}
		if (to == RecommendationStatus.CONTRACTED) {
			AdvanceInput.ContractInput contract = input.contract();
			recommendation.setContract(new Contract(contract.valueWan(), contract.type(),
					contract.signedOn().toString(), strip(contract.registrationNumber())));
			if (recommendation.getAcceptedAt() != null) {
				Instant signed = contract.signedOn().atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
				recommendation
					.setContractDays(Math.max(0, days(Instant.parse(recommendation.getAcceptedAt()), signed)));
			}
		}
		RecommendationPayload payload = save(recommendation);
		if (payload.recommendation() != null) {
			follow(recommendation.getDemandId(), RecommendationTransitions.demandStatusAfter(to));
		}
		return payload;
	}

	/**
	 * One recommendation: experts and administrators; members of the owning organisation
	 * once it is SENT (NOT_FOUND before); others FORBIDDEN.
	 */
	@PreAuthorize("isAuthenticated()")
	public Recommendation recommendation(String id) {
		Recommendation recommendation = this.repository.findById(id)
			.orElseThrow(() -> ApiException.notFound("Recommendation", id));
		Caller caller = Caller.current();
		if (caller.isStaff()) {
			return recommendation;
		}
		if (!caller.isMemberOf(recommendation.getOrganisationId())) {
			throw new AccessDeniedException("not a member of the organisation that owns the demand");
		}
		if (!recommendation.getStatus().visibleToEnterprise()) {
			throw ApiException.notFound("Recommendation", id);
		}
		return recommendation;
	}

	/**
	 * A demand's recommendations, oldest first: experts and administrators all; members
	 * of the owning organisation those SENT or later; others FORBIDDEN.
	 */
	@PreAuthorize("isAuthenticated()")
	public List<Recommendation> forDemand(String demandId) {
		Demand demand = this.demands.demand(demandId).orElseThrow(() -> ApiException.notFound("Demand", demandId));
		Caller caller = Caller.current();
		if (!caller.isStaff() && !caller.isMemberOf(demand.organisationId())) {
			throw new AccessDeniedException("not a member of the organisation that owns " + demandId);
		}
		List<Recommendation> all = this.repository.findTop100ByDemandIdOrderByCreatedAtAsc(demandId);
		return caller.isStaff() ? all : all.stream().filter((r) -> r.getStatus().visibleToEnterprise()).toList();
	}

	/** The version a client reads: the revision's seq_no and primary term. */
	public static String version(Recommendation recommendation) {
		return (recommendation.getSeqNoPrimaryTerm() != null)
				? new DemandVersion(recommendation.getSeqNoPrimaryTerm().sequenceNumber(),
						recommendation.getSeqNoPrimaryTerm().primaryTerm())
					.encode()
				: null;
	}

	/** Moves the recommendation and records the move's time and stage durations. */
	private void move(Recommendation recommendation, RecommendationStatus to, Actor actor, DeclineReason reason,
			String note, Instant now) {
		recommendation.append(new HistoryEntry(now.toString(), actor, recommendation.getStatus(), to, reason, note));
		recommendation.setStatus(to);
		recommendation.setUpdatedAt(now.toString());
		switch (to) {
			case SENT -> {
				recommendation.setSentAt(now.toString());
				String from = (recommendation.getReviewedAt() != null) ? recommendation.getReviewedAt()
						: recommendation.getCreatedAt();
				recommendation.setSendDays(days(Instant.parse(from), now));
			}
			case ACCEPTED, DECLINED -> {
				recommendation.setAnsweredAt(now.toString());
				recommendation.setAnswerDays(days(Instant.parse(recommendation.getSentAt()), now));
				if (to == RecommendationStatus.ACCEPTED) {
					recommendation.setAcceptedAt(now.toString());
				}
			}
			case CONTRACTED -> recommendation.setContractedAt(now.toString());
			default -> {
			}
		}
	}

	private RecommendationPayload save(Recommendation recommendation) {
		RecommendationStatus before = recommendation.getHistory().get(recommendation.getHistory().size() - 1).getFrom();
		Recommendation saved;
		try {
			saved = this.repository.save(recommendation, RefreshPolicy.WAIT_UNTIL);
		}
		catch (OptimisticLockingFailureException ex) {
			return RecommendationPayload.failed(conflict());
		}
		// its mark, or a decline that removes the item, is not in the stored matches yet
		this.matchStore.forget(saved.getDemandId());
		if (saved.getStatus() == RecommendationStatus.SENT) {
			this.events.sent(saved);
		}
		else if (before != null && before != RecommendationStatus.PROPOSED) {
			this.events.changed(saved);
		}
		return RecommendationPayload.ok(saved);
	}

	/**
	 * The demand follows its recommendation (NEGOTIATING → IN_NEGOTIATION, CONTRACTED →
	 * CONTRACTED) where its own state machine allows; a concurrent change of the demand
	 * is read again and retried.
	 */
	private void follow(String demandId, DemandStatus target) {
		if (target == null) {
			return;
		}
		for (int attempt = 0; attempt < 5; attempt++) {
			Optional<StoredDemand> stored = this.demands.stored(demandId);
			if (stored.isEmpty()) {
				return;
			}
			Demand demand = stored.get().demand();
			if (demand.status() == target || !org.techmatch.demand.DemandTransitions.allowed(demand.status(), target)) {
				return;
			}
			Demand changed = demand.toBuilder().status(target).updatedAt(now()).build();
			if (this.demands.replace(stored.get(), changed).isPresent()) {
				return;
			}
		}
	}

	private static Optional<UserError> stale(Recommendation recommendation, DemandVersion version) {
		return version.encode().equals(version(recommendation)) ? Optional.empty() : Optional.of(conflict());
	}

	private static Optional<UserError> transitionError(Recommendation recommendation, RecommendationStatus to) {
		RecommendationStatus from = recommendation.getStatus();
		if (to == null || !RecommendationTransitions.allowed(from, to)) {
			return Optional.of(UserError.of("status", UserErrorCode.INVALID_TRANSITION,
					"a recommendation that is " + from + " cannot become " + to + "; it may become "
							+ RecommendationTransitions.next(from).stream().map(Enum::name).sorted().toList()));
		}
		return Optional.empty();
	}

	private static Optional<UserError> noteError(String note) {
		if (note != null && note.strip().length() > MAX_NOTE) {
			return Optional
				.of(UserError.of("note", UserErrorCode.TOO_LONG, "a note has at most " + MAX_NOTE + " characters"));
		}
		return Optional.empty();
	}

	private static RecommendationPayload duplicate(String supplyId, String demandId) {
		return RecommendationPayload.failed(UserError.of("supplyId", UserErrorCode.DUPLICATE,
				supplyId + " is already recommended for " + demandId));
	}

	private static UserError conflict() {
		return UserError.of("version", UserErrorCode.CONFLICT,
				"the recommendation was changed by someone else since this version; read it again");
	}

	private static RecommendationPayload notFound(String id) {
		return RecommendationPayload
			.failed(UserError.of("id", UserErrorCode.NOT_FOUND, "recommendation " + id + " does not exist"));
	}

	private static DemandVersion version(String text) {
		return DemandVersion.parse(text)
			.orElseThrow(() -> ApiException.badInput("input.version", "version is not a version read from this API"));
	}

	/** Days between two instants, to the hundredth. */
	static double days(Instant from, Instant to) {
		return Math.round(Duration.between(from, to).toMinutes() / 14.4) / 100.0;
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

	private static String text(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

	private static String strip(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
