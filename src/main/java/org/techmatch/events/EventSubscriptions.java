package org.techmatch.events;

import reactor.core.publisher.Flux;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import org.techmatch.accounts.Caller;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandService;
import org.techmatch.graphql.ApiException;

/**
 * Who may follow which events, decided once when the subscription starts:
 * <ul>
 * <li>{@code demandEvents}: members of the organisation that owns the demand, experts and
 * administrators; other accounts FORBIDDEN, anonymous callers UNAUTHENTICATED, an unknown
 * demand NOT_FOUND;</li>
 * <li>{@code queueEvents}: experts and administrators.</li>
 * </ul>
 */
@Service
public class EventSubscriptions {

	private final EventStream stream;

	private final DemandService demands;

	public EventSubscriptions(EventStream stream, DemandService demands) {
		this.stream = stream;
		this.demands = demands;
	}

	/** Recommendations sent or changed and new matches of {@code demandId}. */
	public Flux<DemandEvent> demandEvents(String demandId, String connection) {
		Caller caller = signedIn();
		Demand demand = this.demands.demand(demandId).orElseThrow(() -> ApiException.notFound("Demand", demandId));
		if (!caller.isStaff() && !caller.isMemberOf(demand.organisationId())) {
			throw new AccessDeniedException("not a member of the organisation owning " + demandId);
		}
		return this.stream
			.subscribe(connection, (event) -> event.type().isDemandEvent() && demandId.equals(event.demandId()))
			.map(DemandEvent::of);
	}

	/** Demands submitted, claimed and released. */
	public Flux<QueueEvent> queueEvents(String connection) {
		Caller caller = signedIn();
		if (!caller.isStaff()) {
			throw new AccessDeniedException("queueEvents is for experts and administrators");
		}
		return this.stream.subscribe(connection, (event) -> event.type().isQueueEvent()).map(QueueEvent::of);
	}

	private static Caller signedIn() {
		Caller caller = Caller.current();
		if (caller.isAnonymous()) {
			// anonymous: the error resolver answers UNAUTHENTICATED
			throw new AccessDeniedException("sign in to follow events");
		}
		return caller;
	}

}
