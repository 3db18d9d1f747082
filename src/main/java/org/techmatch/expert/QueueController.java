package org.techmatch.expert;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import org.techmatch.expert.QueueService.QueueConnection;
import org.techmatch.expert.QueueService.QueueEntry;
import org.techmatch.graphql.ApiException;
import org.techmatch.graphql.Paging;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.matching.Connections.Edge;
import org.techmatch.matching.Match;
import org.techmatch.matching.MatchService;

/** {@code expertQueue} and its entries' best automatic matches. */
@Controller
public class QueueController {

	/** At most this many best matches per entry. */
	static final int MAX_BEST = 10;

	private final QueueService queue;

	private final MatchService matches;

	public QueueController(QueueService queue, MatchService matches) {
		this.queue = queue;
		this.matches = matches;
	}

	@QueryMapping
	public QueueConnection expertQueue(@Argument QueueFilter filter, @Argument Integer first, @Argument String after) {
		return this.queue.queue(filter, Paging.first(first), SearchCursor.decode(after, QueueQueryBuilder.SCOPE));
	}

	@SchemaMapping(typeName = "QueueEntry")
	public List<Match> bestMatches(QueueEntry entry, @Argument Integer first) {
		int count = (first != null) ? first : 3;
		if (count < 1 || count > MAX_BEST) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_BEST + ", was " + count);
		}
		return this.matches.matchDemand(entry.demand().id(), count, null, List.of())
			.edges()
			.stream()
			.map(Edge::node)
			.toList();
	}

}
