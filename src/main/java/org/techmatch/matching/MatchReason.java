package org.techmatch.matching;

/**
 * One reason a match was made: its kind, a short label for people, an optional detail,
 * and its weight (the clause's contribution to the score as Elasticsearch reported it).
 */
public record MatchReason(MatchReasonKind kind, String label, String detail, Double weight) {

}
