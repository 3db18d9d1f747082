package org.techmatch.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.techmatch.embedding.EmbeddingBackfill;
import org.techmatch.graphql.ApiException;
import org.techmatch.importing.SupplyItemsCreated;
import org.techmatch.matching.Connections.DemandConnection;
import org.techmatch.matching.Connections.Edge;
import org.techmatch.matching.DemandMatch;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchService;
import org.techmatch.supply.SupplyStamp;

/**
 * NEW_MATCH events: after an import has created supply items, in the background, finds
 * the open demands they match and logs a {@link EventType#NEW_MATCH} for each pair whose
 * score is at least the threshold ({@code techmatch.events.match-threshold}, default 60).
 * The score is the one {@code matchDemand} shows the enterprise for that item, so "above
 * the threshold" means the same thing in the event as in the list it leads to (100 is the
 * demand's best match on words alone; see MatchRanking).
 * <p>
 * Two steps, both the existing matching: the reverse match of each new item
 * ({@link MatchService#demandsFor}, its best {@value #DEMANDS_PER_ITEM} open demands)
 * names the candidate demands; each candidate demand is then matched once, as
 * {@code matchDemand} matches it ({@link MatchService#matchDemands},
 * {@value #DEMANDS_PER_BATCH} demands at a time, its best {@value #ITEMS_PER_DEMAND}
 * items, its list stored for the enterprise's next look), and the new items in that list
 * at or above the threshold are its new matches. Work is bounded: at most
 * {@code match-max-items} new items and {@code match-max-demands} demands per import, one
 * import at a time, at most {@value #QUEUED_IMPORTS} imports waiting (more are skipped
 * with a warning). With the background embedding on, the new items are given their
 * vectors first, so that they are ranked by meaning like every other item.
 */
@Component
public class NewMatchFinder implements DisposableBean {

	private static final Log logger = LogFactory.getLog(NewMatchFinder.class);

	static final int DEMANDS_PER_ITEM = 10;

	static final int ITEMS_PER_DEMAND = 20;

	static final int QUEUED_IMPORTS = 4;

	/**
	 * Demands matched together ({@link MatchService#matchDemands}: a constant number of
	 * requests per batch).
	 */
	static final int DEMANDS_PER_BATCH = 20;

	private final MatchService matching;

	private final EventLog log;

	private final ObjectProvider<EmbeddingBackfill> backfill;

	private final boolean embedFirst;

	private final double threshold;

	private final int maxItems;

	private final int maxDemands;

	private final ThreadPoolExecutor executor;

	private final SupplyStamp supplyStamp;

	public NewMatchFinder(MatchService matching, EventLog log, ObjectProvider<EmbeddingBackfill> backfill,
			SupplyStamp supplyStamp, @Value("${techmatch.embedding.backfill:true}") boolean embedFirst,
			@Value("${techmatch.events.match-threshold:60}") double threshold,
			@Value("${techmatch.events.match-max-items:500}") int maxItems,
			@Value("${techmatch.events.match-max-demands:200}") int maxDemands) {
		this.matching = matching;
		this.supplyStamp = supplyStamp;
		this.log = log;
		this.backfill = backfill;
		this.embedFirst = embedFirst;
		this.threshold = threshold;
		this.maxItems = maxItems;
		this.maxDemands = maxDemands;
		this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUED_IMPORTS),
				(task) -> {
					Thread thread = new Thread(task, "new-matches");
					thread.setDaemon(true);
					return thread;
				}, (task, executor) -> logger
					.warn("Too many imports waiting for their new matches; skipping the matches of one import"));
	}

	/** Queues the search for the new items' matches; returns at once. */
	@EventListener
	public void onCreated(SupplyItemsCreated created) {
		List<String> ids = created.ids().subList(0, Math.min(created.ids().size(), this.maxItems));
		if (ids.size() < created.ids().size()) {
			logger
				.info("New matches: looking at the first " + ids.size() + " of " + created.ids().size() + " new items");
		}
		List<String> batch = List.copyOf(ids);
		this.executor.execute(() -> {
			try {
				int logged = logNewMatches(batch);
				logger.info(batch.size() + " new supply items: " + logged + " new matches above " + this.threshold);
			}
			catch (RuntimeException ex) {
				logger.warn("Finding the new items' matches failed: " + ex);
			}
		});
	}

	/**
	 * Logs the NEW_MATCH events of {@code newItems}, now, in the caller's thread.
	 * @return how many were logged
	 */
	public int logNewMatches(List<String> newItems) {
		if (this.embedFirst) {
			this.backfill.ifAvailable(EmbeddingBackfill::embedMissing);
		}
		// the demands' stored matches predate the new items (and their vectors)
		this.supplyStamp.check();
		Map<String, String> demands = candidateDemands(newItems);
		Set<String> created = new HashSet<>(newItems);
		List<WorkflowEvent> events = new ArrayList<>();
		List<String> ids = List.copyOf(demands.keySet());
		for (int from = 0; from < ids.size(); from += DEMANDS_PER_BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + DEMANDS_PER_BATCH));
			// a demand removed meanwhile is left out of the answer
			for (Map.Entry<String, List<Match>> matches : this.matching.matchDemands(batch, ITEMS_PER_DEMAND, List.of())
				.entrySet()) {
				for (Match match : matches.getValue()) {
					if (created.contains(match.item().id()) && match.score() >= this.threshold) {
						events.add(WorkflowEvent.newMatch(matches.getKey(), demands.get(matches.getKey()),
								match.item().id(), String.format(Locale.ROOT, "score %.1f (threshold %.0f)",
										match.score(), this.threshold)));
					}
				}
			}
		}
		this.log.appendAll(events);
		return events.size();
	}

	/** Open demands the new items could serve: demand id → owning organisation id. */
	private Map<String, String> candidateDemands(List<String> newItems) {
		Map<String, String> demands = new LinkedHashMap<>();
		for (String item : newItems) {
			DemandConnection candidates;
			try {
				candidates = this.matching.demandsFor(item, DEMANDS_PER_ITEM, null);
			}
			catch (ApiException ex) {
				continue; // the item was removed meanwhile
			}
			for (Edge<DemandMatch> edge : candidates.edges()) {
				if (demands.size() >= this.maxDemands) {
					return demands;
				}
				demands.putIfAbsent(edge.node().demand().id(), edge.node().demand().organisationId());
			}
		}
		return demands;
	}

	@Override
	public void destroy() {
		this.executor.shutdownNow();
	}

}
