package org.techmatch.platform;

import java.util.List;

/** The GraphQL {@code IndexInfo} type: one concrete index of the platform. */
public record IndexInfo(String name, List<String> aliases, long docsCount) {
}
