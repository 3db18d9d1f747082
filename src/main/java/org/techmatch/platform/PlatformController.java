package org.techmatch.platform;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** GraphQL {@code platform} and the fields of {@code Platform} that need the cluster. */
@Controller
public class PlatformController {

	private final PlatformService platformService;

	public PlatformController(PlatformService platformService) {
		this.platformService = platformService;
	}

	@QueryMapping
	public Platform platform() {
		return this.platformService.platform();
	}

	@SchemaMapping
	public ElasticsearchStatus elasticsearch(Platform platform) {
		return this.platformService.elasticsearch();
	}

	@SchemaMapping
	public List<IndexInfo> indices(Platform platform) {
		return this.platformService.indices();
	}

}
