package org.techmatch.expert;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import org.techmatch.accounts.Caller;
import org.techmatch.accounts.Role;
import org.techmatch.demand.Assignment;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandPayload;
import org.techmatch.demand.DemandService;
import org.techmatch.demand.DemandService.StoredDemand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.demand.DemandVersion;
import org.techmatch.expert.HistoryEntry.Actor;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Claims: an expert takes a demand to review (it becomes MATCHING if it was OPEN, and its
 * first claim is the pipeline's "reviewed" stage) and gives it back. Only one expert
 * holds a demand: a claim is written only over the demand's revision it read, so of two
 * experts claiming at once one wins and the other gets the userError CONFLICT, as does
 * anyone claiming a demand another expert holds. Releasing leaves the status as it is
 * (the demand was reviewed) and puts the demand back among the unassigned ones of the
 * queue.
 */
@Service
public class AssignmentService {

	private final DemandService demands;

	private final Actors actors;

	private final WorkflowEvents events;

	private final Clock clock;

	@Autowired
	public AssignmentService(DemandService demands, Actors actors, WorkflowEvents events) {
		this(demands, actors, events, Clock.systemUTC());
	}

	AssignmentService(DemandService demands, Actors actors, WorkflowEvents events, Clock clock) {
		this.demands = demands;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** EXPERT and ADMIN: the caller holds the demand from now on. */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public DemandPayload assign(AssignDemandInput input) {
		Optional<StoredDemand> found = read(input);
		if (found.isEmpty()) {
			return notFound(input.demandId());
		}
		Demand demand = found.get().demand();
		Optional<UserError> error = stale(demand, input.version());
		if (error.isPresent()) {
			return DemandPayload.failed(List.of(error.get()));
		}
		if (demand.status() == DemandStatus.CLOSED || demand.status() == DemandStatus.CONTRACTED) {
			return DemandPayload.failed(List.of(UserError.of("demandId", UserErrorCode.CLOSED,
					"demand " + demand.id() + " is " + demand.status() + ": there is nothing to review")));
		}
		Caller caller = Caller.current();
		if (demand.assignment() != null) {
			if (demand.assignment().expertId().equals(caller.accountId())) {
				return DemandPayload.ok(demand);
			}
			return DemandPayload.failed(
					List.of(UserError.of("demandId", UserErrorCode.CONFLICT, "demand " + demand.id() + " is held by "
							+ demand.assignment().expertName() + " since " + demand.assignment().assignedAt())));
		}
		Actor actor = this.actors.currentStaff();
		Instant now = now();
		Demand.Builder claimed = demand.toBuilder()
			.assignment(new Assignment(actor.id(), actor.name(), now.toString()))
			.status((demand.status() == DemandStatus.OPEN) ? DemandStatus.MATCHING : demand.status())
			.updatedAt(now);
		if (demand.reviewedAt() == null) {
			claimed.reviewedAt(now)
				.reviewDays((demand.createdAt() != null) ? RecommendationService.days(demand.createdAt(), now) : null);
		}
		Optional<Demand> written = this.demands.replace(found.get(), claimed.build());
		if (written.isEmpty()) {
			return DemandPayload.failed(List.of(conflict()));
		}
		this.events.claimed(written.get());
		return DemandPayload.ok(written.get());
	}

	/** The expert who holds the demand, and ADMIN; other experts FORBIDDEN. */
	@PreAuthorize("hasAnyRole('EXPERT', 'ADMIN')")
	public DemandPayload release(AssignDemandInput input) {
		Optional<StoredDemand> found = read(input);
		if (found.isEmpty()) {
			return notFound(input.demandId());
		}
		Demand demand = found.get().demand();
		Caller caller = Caller.current();
		if (demand.assignment() == null) {
			return DemandPayload.failed(List.of(UserError.of("demandId", UserErrorCode.NOT_ASSIGNED,
					"demand " + demand.id() + " is held by nobody")));
		}
		if (!caller.has(Role.ADMIN) && !demand.assignment().expertId().equals(caller.accountId())) {
			throw new AccessDeniedException("only the expert who holds " + demand.id() + " releases it");
		}
		Optional<UserError> error = stale(demand, input.version());
		if (error.isPresent()) {
			return DemandPayload.failed(List.of(error.get()));
		}
		Optional<Demand> written = this.demands.replace(found.get(),
				demand.toBuilder().assignment(null).updatedAt(now()).build());
		if (written.isEmpty()) {
			return DemandPayload.failed(List.of(conflict()));
		}
		this.events.released(written.get());
		return DemandPayload.ok(written.get());
	}

	private Optional<StoredDemand> read(AssignDemandInput input) {
		if (input.version() != null && DemandVersion.parse(input.version()).isEmpty()) {
			throw ApiException.badInput("input.version", "version is not a version read from this API");
		}
		return this.demands.stored(input.demandId());
	}

	private static Optional<UserError> stale(Demand demand, String version) {
		if (version == null || DemandVersion.parse(version).get().encode().equals(demand.version())) {
			return Optional.empty();
		}
		return Optional.of(conflict());
	}

	private static UserError conflict() {
		return UserError.of("version", UserErrorCode.CONFLICT,
				"the demand was changed by someone else since this version; read it again");
	}

	private static DemandPayload notFound(String id) {
		return DemandPayload
			.failed(List.of(UserError.of("demandId", UserErrorCode.NOT_FOUND, "demand " + id + " does not exist")));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MILLIS);
	}

}
