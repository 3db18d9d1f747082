package org.techmatch.platform;

/**
 * The GraphQL {@code Platform} type: its version; the cluster and indices are resolved
 * only when asked for.
 */
public record Platform(String version) {
}
