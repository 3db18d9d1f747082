package org.techmatch.matching;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * A built match: the text query that finds the candidates (with the required criteria as
 * filters), the criteria they are ranked by, and the text whose words are highlighted for
 * the TEXT reason.
 */
public record MatchPlan(Query query, MatchCriteria criteria, String highlightText) {

}
