package org.techmatch.events;

import java.util.Optional;
import java.util.UUID;

import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.accounts.WebSocketAuthentication;
import org.techmatch.catalog.CatalogService;
import org.techmatch.catalog.SupplyId;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandService;

/** The subscriptions of {@code graphql/events.graphqls} and the objects they name. */
@Controller
public class EventController {

	private final EventSubscriptions subscriptions;

	private final CatalogService catalog;

	private final DemandService demands;

	public EventController(EventSubscriptions subscriptions, CatalogService catalog, DemandService demands) {
		this.subscriptions = subscriptions;
		this.catalog = catalog;
		this.demands = demands;
	}

	@SubscriptionMapping
	public Flux<DemandEvent> demandEvents(@Argument String demandId,
			@ContextValue(name = WebSocketAuthentication.CONNECTION_ID, required = false) String connection) {
		return this.subscriptions.demandEvents(demandId, connectionOf(connection));
	}

	@SubscriptionMapping
	public Flux<QueueEvent> queueEvents(
			@ContextValue(name = WebSocketAuthentication.CONNECTION_ID, required = false) String connection) {
		return this.subscriptions.queueEvents(connectionOf(connection));
	}

	@SchemaMapping(typeName = "DemandEvent")
	public SupplyItem supply(DemandEvent event) {
		return Optional.ofNullable(event.supplyId())
			.flatMap(SupplyId::parse)
			.flatMap(this.catalog::stored)
			.map(CatalogService.StoredItem::item)
			.orElse(null);
	}

	@SchemaMapping(typeName = "QueueEvent")
	public Demand demand(QueueEvent event) {
		return this.demands.demand(event.demandId()).orElse(null);
	}

	/**
	 * A request that is not on a WebSocket connection counts as a connection of its own.
	 */
	private static String connectionOf(String connection) {
		return (connection != null) ? connection : "request-" + UUID.randomUUID();
	}

}
