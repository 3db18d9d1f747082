package org.techmatch.catalog;

import java.util.Optional;

/**
 * The id of a supply item with its kind, read from the id's prefix ({@code ach-},
 * {@code cap-}) here and nowhere else.
 */
public record SupplyId(SupplyType type, String value) {

	/**
	 * The supply id {@code id} is, or empty when it is no achievement or capability id.
	 */
	public static Optional<SupplyId> parse(String id) {
		if (id == null) {
			return Optional.empty();
		}
		for (SupplyType type : SupplyType.values()) {
			if (id.startsWith(type.idPrefix())) {
				return Optional.of(new SupplyId(type, id));
			}
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
