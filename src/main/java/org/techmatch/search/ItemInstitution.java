package org.techmatch.search;

import org.techmatch.catalog.Institution;
import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.SupplyItem;

/**
 * An item's institution as GraphQL resolves it below an Achievement or a Capability: the
 * institution's fields plus the id of the item it was reached from, so that
 * {@code otherItems} can leave that item out.
 */
public record ItemInstitution(String name, InstitutionType type, String city, String itemId) {

	static ItemInstitution of(Institution institution, String itemId) {
		return (institution != null)
				? new ItemInstitution(institution.name(), institution.type(), institution.city(), itemId) : null;
	}

	/**
	 * What one {@code otherItems} field asks for: an institution's items without one of
	 * them, at most {@code first}.
	 */
	public record OtherItemsKey(String institution, String excludedId, int first) {
	}

	/** The answer to one {@link OtherItemsKey}: achievements and capabilities. */
	public record OtherItems(java.util.List<SupplyItem> items) {
	}

}
