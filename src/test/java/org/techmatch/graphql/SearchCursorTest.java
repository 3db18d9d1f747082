package org.techmatch.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SearchCursorTest {

	private static final List<FieldValue> SORT = List.of(FieldValue.of(1.5), FieldValue.of("ach-demo-00001"));

	@Test
	@DisplayName("a cursor round-trips, and its text shows neither the point in time nor the sort values")
	void roundTrip() {
		String cursor = new SearchCursor(SORT, "pit-naming-techmatch-achievements-2026", "search/NEWEST").encode();
		String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.ISO_8859_1);
		assertThat(raw).doesNotContain("techmatch").doesNotContain("ach-demo");
		SearchCursor decoded = SearchCursor.decode(cursor, "search/NEWEST");
		assertThat(decoded.pointInTime()).isEqualTo("pit-naming-techmatch-achievements-2026");
		assertThat(decoded.searchAfter()).hasSize(2);
	}

	@Test
	@DisplayName("a cursor of another scope, a plain base64 JSON cursor and a tampered one are BAD_USER_INPUT on after")
	void refused() {
		String cursor = new SearchCursor(SORT, "pit", "search/RELEVANCE/text").encode();
		assertThatThrownBy(() -> SearchCursor.decode(cursor, "search/NEWEST")).isInstanceOfSatisfying(
				ApiException.class, (ex) -> assertThat(ex.extensions()).containsEntry("argument", "after"));
		String plain = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString("{\"s\":[1.5,\"ach-demo-00001\"],\"p\":\"pit\"}".getBytes(StandardCharsets.UTF_8));
		assertThatThrownBy(() -> SearchCursor.decode(plain)).isInstanceOf(ApiException.class);
		char[] tampered = cursor.toCharArray();
		tampered[5] = (tampered[5] == 'A') ? 'B' : 'A';
		assertThatThrownBy(() -> SearchCursor.decode(new String(tampered))).isInstanceOf(ApiException.class);
	}

	@Test
	@DisplayName("matching's cursors are told apart by their tie-breaker ids")
	void tieBreakers() {
		SearchCursor match = SearchCursor.decode(new SearchCursor(SORT, null).encode());
		assertThat(match.requireTieBreaker("ach-", "cap-")).isSameAs(match);
		assertThatThrownBy(() -> match.requireTieBreaker("dem-")).isInstanceOf(ApiException.class);
	}

}
