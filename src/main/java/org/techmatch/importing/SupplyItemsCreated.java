package org.techmatch.importing;

import java.util.List;

/**
 * Published once an import into the catalogue has created supply items and their index
 * generation is live: the kind and the ids of the new achievements ({@code ach-…}) or
 * capability listings ({@code cap-…}).
 */
public record SupplyItemsCreated(ImportKind kind, List<String> ids) {

	public SupplyItemsCreated {
		ids = List.copyOf(ids);
	}

}
