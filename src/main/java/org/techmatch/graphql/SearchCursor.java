package org.techmatch.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An opaque Relay cursor: the Elasticsearch {@code search_after} sort values of a hit
 * (which end with a unique tie-breaker) and, when paging runs on a point in time, its id.
 * Base64url of sealed JSON ({@link CursorSeal}: clients can neither read the point in
 * time, which names concrete indices, nor forge one); anything else the client sends is
 * {@code BAD_USER_INPUT}, and so is a cursor of another query or sort ({@code scope}:
 * search writes its sort; matching's cursors are told apart by their tie-breaker ids).
 */
public record SearchCursor(List<FieldValue> searchAfter, String pointInTime, String scope) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A cursor of no particular query (matching's, told apart by their tie-breakers). */
	public SearchCursor(List<FieldValue> searchAfter, String pointInTime) {
		this(searchAfter, pointInTime, null);
	}

	/**
	 * The cursor the client sent back for a query of {@code scope} (e.g. a search with
	 * its sort), or {@code null} for the first page; a cursor of another query or sort is
	 * {@code BAD_USER_INPUT} on argument {@code after}.
	 */
	public static SearchCursor decode(String cursor, String scope) {
		SearchCursor decoded = decode(cursor);
		if (decoded != null && !Objects.equals(decoded.scope(), scope)) {
			throw otherQuery();
		}
		return decoded;
	}

	/**
	 * This cursor, if it carries no point in time and no scope and its tie-breaker (the
	 * last sort value) is an id starting with one of {@code prefixes}: how matching's
	 * cursors are told from each other and from search's.
	 */
	public SearchCursor requireTieBreaker(String... prefixes) {
		FieldValue last = this.searchAfter.get(this.searchAfter.size() - 1);
		boolean ok = this.pointInTime == null && this.scope == null && last.isString();
		if (ok) {
			ok = false;
			for (String prefix : prefixes) {
				ok |= last.stringValue().startsWith(prefix);
			}
		}
		if (!ok) {
			throw otherQuery();
		}
		return this;
	}

	private static ApiException otherQuery() {
		return ApiException.badInput("after", "after is a cursor of another query or sort; start again without after");
	}

	public String encode() {
		ObjectNode node = JSON.createObjectNode();
		ArrayNode values = node.putArray("s");
		for (FieldValue value : this.searchAfter) {
			switch (value._kind()) {
				case Long -> values.add(value.longValue());
				case Double -> values.add(value.doubleValue());
				case Boolean -> values.add(value.booleanValue());
				case Null -> values.addNull();
				default -> values.add(value._toJsonString());
			}
		}
		if (this.pointInTime != null) {
			node.put("p", this.pointInTime);
		}
		if (this.scope != null) {
			node.put("k", this.scope);
		}
		return Base64.getUrlEncoder().withoutPadding().encodeToString(CursorSeal.seal(JSON.writeValueAsBytes(node)));
	}

	/** The cursor the client sent back, or {@code null} for the first page. */
	public static SearchCursor decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON
				.readTree(new String(CursorSeal.open(Base64.getUrlDecoder().decode(cursor)), StandardCharsets.UTF_8));
			List<FieldValue> values = new ArrayList<>();
			for (JsonNode value : node.path("s")) {
				if (value.isIntegralNumber()) {
					values.add(FieldValue.of(value.asLong()));
				}
				else if (value.isNumber()) {
					values.add(FieldValue.of(value.asDouble()));
				}
				else if (value.isBoolean()) {
					values.add(FieldValue.of(value.asBoolean()));
				}
				else if (value.isNull()) {
					values.add(FieldValue.NULL);
				}
				else {
					values.add(FieldValue.of(value.asString()));
				}
			}
			if (values.isEmpty()) {
				throw new IllegalArgumentException("no sort values");
			}
			String pit = node.hasNonNull("p") ? node.get("p").asString() : null;
			String scope = node.hasNonNull("k") ? node.get("k").asString() : null;
			return new SearchCursor(values, pit, scope);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw ApiException.badInput("after", "after is not a cursor returned by this API");
		}
	}

}
