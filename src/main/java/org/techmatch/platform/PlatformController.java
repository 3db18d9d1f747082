package org.techmatch.platform;

import java.util.List;

import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * GraphQL {@code platform}, the fields of {@code Platform} that need the cluster, and
 * {@code reloadSynonyms}.
 */
@Controller
public class PlatformController {

	private final PlatformService platformService;

	private final SynonymReloader synonymReloader;

	public PlatformController(PlatformService platformService, SynonymReloader synonymReloader) {
		this.platformService = platformService;
		this.synonymReloader = synonymReloader;
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

	@MutationMapping
	public ReloadSynonymsPayload reloadSynonyms() {
		return new ReloadSynonymsPayload(this.synonymReloader.reload());
	}

}
