package org.techmatch.graphql;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import org.techmatch.support.ElasticsearchIntegrationTest;
import org.techmatch.support.RawHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that used to give INTERNAL (or slip through) now give BAD_USER_INPUT naming the
 * argument, before any query reaches Elasticsearch.
 */
class HostileInputIT extends ElasticsearchIntegrationTest {

	private RawHttp http;

	@LocalServerPort
	void port(int port) {
		this.http = new RawHttp(port);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> onlyError(RawHttp.Answer answer) {
		List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.json().get("errors");
		assertThat(errors).as(answer.body()).hasSize(1);
		return (Map<String, Object>) errors.get(0).get("extensions");
	}

	private void badInput(String document, Map<String, Object> variables, String token, String argument) {
		Map<String, Object> extensions = onlyError(this.http.graphQl(document, variables, token));
		assertThat(extensions).containsEntry("code", "BAD_USER_INPUT");
		if (argument != null) {
			assertThat(extensions).containsEntry("argument", argument);
		}
	}

	@SuppressWarnings("unchecked")
	private String endCursor(String document) {
		Map<String, Object> data = (Map<String, Object>) this.http.graphQl(document, null, null).json().get("data");
		Map<String, Object> connection = (Map<String, Object>) data.values().iterator().next();
		return (String) ((Map<String, Object>) connection.get("pageInfo")).get("endCursor");
	}

	@Test
	@DisplayName("a search cursor passed to matchDemand or demandsFor is BAD_USER_INPUT on after")
	void searchCursorElsewhere() {
		String cursor = endCursor("{ search(input: {text: \"电池\"}, first: 1) { pageInfo { endCursor } } }");
		badInput("query($a: String) { matchDemand(id: \"dem-demo-0001\", first: 2, after: $a) { totalCount } }",
				Map.of("a", cursor), null, "after");
		badInput("query($a: String) { demandsFor(supplyId: \"ach-demo-05933\", first: 2, after: $a) { totalCount } }",
				Map.of("a", cursor), null, "after");
	}

	@Test
	@DisplayName("a matchDemand cursor passed to demandsFor, and a demandsFor cursor passed to search, are BAD_USER_INPUT on after")
	void matchingCursorsElsewhere() {
		String match = endCursor("{ matchDemand(id: \"dem-demo-0001\", first: 1) { pageInfo { endCursor } } }");
		badInput("query($a: String) { demandsFor(supplyId: \"ach-demo-05933\", first: 2, after: $a) { totalCount } }",
				Map.of("a", match), null, "after");
		String demands = endCursor("{ demandsFor(supplyId: \"ach-demo-05933\", first: 1) { pageInfo { endCursor } } }");
		badInput("query($a: String) { search(input: {text: \"电池\"}, first: 2, after: $a) { totalCount } }",
				Map.of("a", demands), null, "after");
	}

	@Test
	@DisplayName("a RELEVANCE cursor reused with sort: NEWEST is BAD_USER_INPUT, not an empty page")
	void cursorOfAnotherSort() {
		String cursor = endCursor("{ search(input: {text: \"电池\"}, first: 1) { pageInfo { endCursor } } }");
		badInput(
				"query($a: String) { search(input: {text: \"电池\", sort: NEWEST}, first: 2, after: $a) { totalCount } }",
				Map.of("a", cursor), null, "after");
	}

	@Test
	@DisplayName("a cursor reveals no index names and cannot be forged: it is sealed")
	void sealedCursor() {
		String cursor = endCursor("{ search(input: {text: \"电池\"}, first: 1) { pageInfo { endCursor } } }");
		String decoded = new String(java.util.Base64.getUrlDecoder().decode(cursor),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(decoded).doesNotContain("techmatch").doesNotContain("\"s\"");
		char[] forged = cursor.toCharArray();
		forged[forged.length / 2] = (forged[forged.length / 2] == 'A') ? 'B' : 'A';
		badInput("query($a: String) { search(input: {text: \"电池\"}, first: 2, after: $a) { totalCount } }",
				Map.of("a", new String(forged)), null, "after");
	}

	@Test
	@DisplayName("a chains list of 70,000 entries is BAD_USER_INPUT on input.chains")
	void hugeList() {
		badInput("query($input: SearchInput!) { search(input: $input, first: 1) { totalCount } }",
				Map.of("input", Map.of("chains", Collections.nCopies(70_000, ""))), null, "input.chains");
	}

	@Test
	@DisplayName("publishedAfter \"+999999999-12-31\", as a literal or a variable, is BAD_USER_INPUT naming it")
	void dateBeyondHorizon() {
		badInput("{ search(input: {publishedAfter: \"+999999999-12-31\"}, first: 1) { totalCount } }", null, null,
				"input.publishedAfter");
		badInput("query($input: SearchInput!) { search(input: $input, first: 1) { totalCount } }",
				Map.of("input", Map.of("publishedAfter", "+999999999-12-31")), null, "input");
	}

	@Test
	@DisplayName("three __type fields in one query are BAD_USER_INPUT")
	void badFaithIntrospection() {
		badInput(
				"{ a: __type(name: \"Query\") { name } b: __type(name: \"Demand\") { name } c: __type(name: \"Achievement\") { name } }",
				null, null, null);
	}

	@Test
	@DisplayName("a demand deadline of +99999-01-01 is BAD_USER_INPUT; one 20 years ahead is userError INVALID")
	@SuppressWarnings("unchecked")
	void farDeadline() {
		String token = tokens().enterprise();
		Map<String, Object> input = new HashMap<>();
		input.put("title", "废旧电池回收技术");
		input.put("description", "需要一套废旧电池的回收和梯次利用技术方案。");
		input.put("deadline", "+99999-01-01");
		String submit = "mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id } userErrors { field code } } }";
		badInput(submit, Map.of("input", input), token, "input");
		input.put("deadline", LocalDate.now().plusYears(20).toString());
		Map<String, Object> payload = (Map<String, Object>) ((Map<String, Object>) this.http
			.graphQl(submit, Map.of("input", input), token)
			.json()
			.get("data")).get("submitDemand");
		assertThat(payload.get("demand")).isNull();
		assertThat((List<Map<String, Object>>) payload.get("userErrors"))
			.containsExactly(Map.of("field", "deadline", "code", "INVALID"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "\u0000", "\u001b[31m", "\u0007", "\u007f", "\u0085", "\u202e" })
	@DisplayName("control characters in a text argument are BAD_USER_INPUT naming it")
	void controlCharacters(String control) {
		badInput("query($t: String!) { suggest(prefix: $t) { text } }", Map.of("t", "电池" + control), null, "t");
		badInput("query($input: SearchInput!) { search(input: $input, first: 1) { totalCount } }",
				Map.of("input", Map.of("text", "电池" + control + "回收")), null, "input.text");
		Map<String, Object> demand = Map.of("title", "标题" + control + "标题", "description", "需要一套废旧电池的回收和梯次利用技术方案。");
		badInput("mutation($input: SubmitDemandInput!) { submitDemand(input: $input) { demand { id } } }",
				Map.of("input", demand), tokens().enterprise(), "input.title");
	}

	@Test
	@DisplayName("an escaped NUL in a string literal of the document is BAD_USER_INPUT naming the argument")
	void controlCharacterInLiteral() {
		badInput("{ suggest(prefix: \"电池\\u0000\") { text } }", null, null, "prefix");
	}

	@Test
	@DisplayName("need.keywords of 1,000 entries of 1,000 characters is BAD_USER_INPUT; 21 short ones too")
	void needKeywords() {
		String match = "query($need: NeedInput!) { match(need: $need, first: 1) { totalCount } }";
		badInput(match, Map.of("need", Map.of("title", "电池回收", "description", "电池回收", "keywords",
				Collections.nCopies(1000, "键".repeat(1000)))), null, null);
		badInput(match,
				Map.of("need",
						Map.of("title", "电池回收", "description", "电池回收", "keywords", Collections.nCopies(21, "电池"))),
				null, "need.keywords");
	}

	@Test
	@DisplayName("tab and line breaks stay allowed in text")
	void lineBreaksAllowed() {
		RawHttp.Answer answer = this.http.graphQl("query($t: String!) { suggest(prefix: $t) { text } }",
				Map.of("t", "电池\t"), null);
		assertThat(answer.json()).doesNotContainKey("errors");
	}

}
