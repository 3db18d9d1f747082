package org.techmatch.expert;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import org.techmatch.expert.QueueService.QueueConnection;
import org.techmatch.expert.QueueService.QueueEntry;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.Paging;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.graphql.SelectedFields;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchService;
import org.techmatch.supply.SupplyLongFields;

/**
 * {@code expertQueue} and its entries' best automatic matches, batched: every
 * {@code bestMatches} of a queue page is answered by one
 * {@link MatchService#matchDemands} call, a constant number of Elasticsearch round trips
 * whatever the page size (a DataLoader keyed by demand, {@code first} and the selected
 * long fields, since {@code @BatchMapping} cannot take field arguments).
 */
@Controller
public class QueueController {

	/** At most this many best matches per entry. */
	static final int MAX_BEST = 10;

	/** Where the matched item sits in a bestMatches selection. */
	private static final String ITEM_PATH = "item";

	private final QueueService queue;

	public QueueController(QueueService queue, MatchService matches, BatchLoaderRegistry registry) {
		this.queue = queue;
		registry.forTypePair(BestMatchesKey.class, List.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> bestMatches(matches, keys)));
	}

	@QueryMapping
	public QueueConnection expertQueue(@Argument QueueFilter filter, @Argument Integer first, @Argument String after) {
		return this.queue.queue(filter, Paging.first(first), SearchCursor.decode(after, QueueQueryBuilder.SCOPE));
	}

	@SchemaMapping(typeName = "QueueEntry")
	@SuppressWarnings({ "rawtypes", "unchecked" })
	public CompletableFuture<List<Match>> bestMatches(QueueEntry entry, @Argument Integer first,
			DataLoader<BestMatchesKey, List> loader, DataFetchingEnvironment environment) {
		int count = (first != null) ? first : 3;
		if (count < 1 || count > MAX_BEST) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_BEST + ", was " + count);
		}
		List<String> longFields = SupplyLongFields.selected(SelectedFields.of(environment), ITEM_PATH);
		return loader.load(new BestMatchesKey(entry.demand().id(), count, longFields))
			.thenApply((matches) -> (List<Match>) matches);
	}

	/**
	 * The keys of one response level in one {@link MatchService#matchDemands} call: the
	 * largest {@code first} and every selected long field, each key then given its own
	 * first matches (the same matches, since a longer page of the same ranking starts
	 * with the shorter one). A demand gone since the queue was read has none.
	 */
	@SuppressWarnings("rawtypes")
	static Map<BestMatchesKey, List> bestMatches(MatchService matches, Set<BestMatchesKey> keys) {
		int first = keys.stream().mapToInt(BestMatchesKey::first).max().orElse(0);
		Set<String> longFields = new LinkedHashSet<>();
		Set<String> demandIds = new LinkedHashSet<>();
		for (BestMatchesKey key : keys) {
			longFields.addAll(key.longFields());
			demandIds.add(key.demandId());
		}
		Map<String, List<Match>> found = matches.matchDemands(List.copyOf(demandIds), first, List.copyOf(longFields));
		Map<BestMatchesKey, List> result = new HashMap<>();
		for (BestMatchesKey key : keys) {
			List<Match> all = found.getOrDefault(key.demandId(), List.of());
			result.put(key, all.subList(0, Math.min(key.first(), all.size())));
		}
		return result;
	}

}
