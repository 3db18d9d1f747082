package org.techmatch.catalog.chain;

/** One of the 7 industrial clusters (产业集群), e.g. NEW_MATERIALS 新材料. */
public record IndustrialCluster(String code, String name) {
}
