package org.techmatch.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code node(id:)}: any object by its global id, through the feature that owns the id's
 * prefix.
 */
@Controller
public class NodeController {

	private final List<NodeResolver> resolvers;

	public NodeController(List<NodeResolver> resolvers) {
		this.resolvers = resolvers;
	}

	@QueryMapping
	public Object node(@Argument String id) {
		return this.resolvers.stream()
			.filter((resolver) -> resolver.handles(id))
			.findFirst()
			.flatMap((resolver) -> resolver.resolve(id))
			.orElseThrow(() -> ApiException.notFound("Node", id));
	}

}
