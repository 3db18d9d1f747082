package org.techmatch.search;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.Capability;
import org.techmatch.catalog.SupplyItem;
import org.techmatch.graphql.ApiException;
import org.techmatch.search.ItemInstitution.OtherItems;
import org.techmatch.search.ItemInstitution.OtherItemsKey;

/**
 * An item's {@code institution} and that institution's {@code otherItems}, batched: every
 * {@code otherItems} field of a response level is answered by one Elasticsearch request
 * (a DataLoader keyed by institution, excluded item and page size, since
 * {@code @BatchMapping} cannot take field arguments).
 */
@Controller
public class InstitutionController {

	static final int MAX_OTHER_ITEMS = 20;

	public InstitutionController(BatchLoaderRegistry registry, InstitutionItemsService service) {
		registry.forTypePair(OtherItemsKey.class, OtherItems.class)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> service.otherItems(keys)));
	}

	@SchemaMapping(typeName = "Achievement")
	public ItemInstitution institution(Achievement achievement) {
		return ItemInstitution.of(achievement.institution(), achievement.id());
	}

	@SchemaMapping(typeName = "Capability", field = "institution")
	public ItemInstitution capabilityInstitution(Capability capability) {
		return ItemInstitution.of(capability.institution(), capability.id());
	}

	@SchemaMapping(typeName = "Institution")
	public CompletableFuture<List<SupplyItem>> otherItems(ItemInstitution institution, @Argument Integer first,
			DataLoader<OtherItemsKey, OtherItems> loader) {
		int size = (first != null) ? first : 5;
		if (size < 1 || size > MAX_OTHER_ITEMS) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_OTHER_ITEMS + ", was " + first);
		}
		return loader.load(new OtherItemsKey(institution.name(), institution.itemId(), size))
			.thenApply(OtherItems::items);
	}

}
