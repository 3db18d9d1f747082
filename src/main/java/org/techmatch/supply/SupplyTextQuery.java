package org.techmatch.supply;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

/**
 * The lexical part of every supply query (search, matching, suggestions build on it,
 * never copy it): Chinese-segmented fields with search-time synonyms, title above
 * keywords above summary above description, plus the character-bigram subfields for
 * recall where smartcn splits a word differently. Text is matched, never parsed as query
 * syntax, so {@code C++}, {@code （}, {@code a AND} or a lone quote cannot produce an
 * Elasticsearch error.
 */
public final class SupplyTextQuery {

	/**
	 * Longer text is cut: a demand's description is enough to match on, and queries stay
	 * cheap.
	 */
	public static final int MAX_CHARS = 1000;

	/**
	 * The title phrase clause is only added for texts up to this length: a phrase over a
	 * long text cannot match a title, and over the synonym graph of a long text it
	 * expands into more clauses than Elasticsearch allows
	 * ({@code too many nested clauses}, seen with 157-character demands).
	 */
	public static final int PHRASE_MAX_CHARS = 40;

	/**
	 * Weighted Chinese-analysed fields of achievements and capabilities (absent fields
	 * are ignored per index).
	 */
	public static final List<String> WORD_FIELDS = List.of("title^3", "keywords^2", "summary^1.5", "description",
			"representativeResults", "equipment", "team", "institution.name^0.5");

	/** Character-bigram subfields. */
	public static final List<String> BIGRAM_FIELDS = List.of("title.bigram^2", "keywords.bigram^1.5", "summary.bigram",
			"description.bigram", "representativeResults.bigram");

	private SupplyTextQuery() {
	}

	/** Control characters removed, whitespace collapsed, cut to {@link #MAX_CHARS}. */
	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		String cleaned = text.replaceAll("[\\p{Cntrl}\\p{Cs}]", " ").replaceAll("\\s+", " ").strip();
		return (cleaned.length() > MAX_CHARS) ? cleaned.substring(0, MAX_CHARS) : cleaned;
	}

	/**
	 * The lexical query for {@code text}. Its clauses carry no {@code _name}: each named
	 * clause costs the node a weight and a scorer per hit in the fetch phase (measured:
	 * 1–1.5 ms of a search's CPU), so a caller that needs {@code matched_queries} names
	 * the whole query once (matching does).
	 * @param minimumShouldMatch how many of the words must match, Elasticsearch syntax
	 * (e.g. {@code 2<70%} for short search boxes; a low share for long demand
	 * descriptions)
	 */
	public static Query of(String text, String minimumShouldMatch) {
		String query = normalize(text);
		boolean phrase = query.length() <= PHRASE_MAX_CHARS;
		return Query.of((q) -> q.bool((b) -> {
			b.should((s) -> s.multiMatch((m) -> m.query(query)
				.fields(WORD_FIELDS)
				.type(TextQueryType.BestFields)
				.tieBreaker(0.3)
				.operator(Operator.Or)
				.minimumShouldMatch(minimumShouldMatch)));
			b.should((s) -> s.multiMatch((m) -> m.query(query)
				.fields(BIGRAM_FIELDS)
				.type(TextQueryType.MostFields)
				.minimumShouldMatch("60%")
				.boost(0.5f)));
			if (phrase) {
				b.should((s) -> s.matchPhrase((p) -> p.field("title").query(query).slop(2).boost(2f)));
			}
			return b.minimumShouldMatch("1");
		}));
	}

}
