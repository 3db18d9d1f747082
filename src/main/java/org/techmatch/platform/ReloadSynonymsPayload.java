package org.techmatch.platform;

import java.util.List;

/** The GraphQL {@code ReloadSynonymsPayload}. */
public record ReloadSynonymsPayload(List<String> indices) {
}
