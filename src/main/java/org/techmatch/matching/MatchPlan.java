package org.techmatch.matching;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * A built match query: what it asks Elasticsearch, the criteria its named clauses stand
 * for, and the text whose words are highlighted for the TEXT reason.
 */
public record MatchPlan(Query query, MatchCriteria criteria, String highlightText) {

}
