package org.techmatch.catalog;

/**
 * Contact person of a supply item. Not public: only shown to signed-in experts and
 * operators.
 */
public record Contact(String person, String phone, String email) {
}
