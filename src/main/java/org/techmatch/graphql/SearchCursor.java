package org.techmatch.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An opaque Relay cursor: the Elasticsearch {@code search_after} sort values of a hit
 * (which end with a unique tie-breaker) and, when paging runs on a point in time, its id.
 * Base64url JSON; anything else the client sends is {@code BAD_USER_INPUT}.
 */
public record SearchCursor(List<FieldValue> searchAfter, String pointInTime) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(node));
	}

	/** The cursor the client sent back, or {@code null} for the first page. */
	public static SearchCursor decode(String cursor) {
		if (cursor == null || cursor.isBlank()) {
			return null;
		}
		try {
			JsonNode node = JSON.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
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
			return new SearchCursor(values, pit);
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw ApiException.badInput("after", "after is not a cursor returned by this API");
		}
	}

}
