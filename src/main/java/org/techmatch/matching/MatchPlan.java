package org.techmatch.matching;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/** A built match query: what it asks Elasticsearch, and the criteria its named clauses stand for. */
public record MatchPlan(Query query, MatchCriteria criteria) {

}
