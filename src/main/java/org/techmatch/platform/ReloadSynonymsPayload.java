package org.techmatch.platform;

import java.util.List;

import org.techmatch.graphql.UserError;

/** The GraphQL {@code ReloadSynonymsPayload}. */
public record ReloadSynonymsPayload(List<String> indices, List<UserError> userErrors) {
}
