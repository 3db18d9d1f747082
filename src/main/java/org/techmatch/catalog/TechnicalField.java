package org.techmatch.catalog;

/** Two-level technical field, e.g. 新材料 / 无机非金属材料. */
public record TechnicalField(String domain, String subfield) {
}
