package org.techmatch.catalog;

/**
 * Owner of an achievement or provider of a capability; {@code city} without the 市 suffix,
 * e.g. 郑州.
 */
public record Institution(String name, InstitutionType type, String city) {
}
