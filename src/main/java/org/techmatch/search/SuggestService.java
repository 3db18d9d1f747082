package org.techmatch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import jakarta.json.JsonObject;

import org.springframework.stereotype.Service;

import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.ApiException;
import org.techmatch.search.Suggestion.Kind;
import org.techmatch.supply.SupplyTextQuery;

/**
 * Autocomplete: industrial chains whose name or alias starts with the prefix (from the
 * taxonomy, no request), then keywords and titles starting with it (one Elasticsearch
 * request), de-duplicated by text.
 */
@Service
public class SuggestService {

	public static final int MAX_FIRST = 20;

	private final ElasticsearchClient client;

	private final SuggestQueryBuilder queries;

	private final IndustrialChainTaxonomy taxonomy;

	private final SupplySnapshot snapshot;

	public SuggestService(ElasticsearchClient client, SuggestQueryBuilder queries, IndustrialChainTaxonomy taxonomy,
			SupplySnapshot snapshot) {
		this.client = client;
		this.queries = queries;
		this.taxonomy = taxonomy;
		this.snapshot = snapshot;
	}

	public List<Suggestion> suggest(String prefix, Integer first) {
		int size = (first != null) ? first : 8;
		if (size < 1 || size > MAX_FIRST) {
			throw ApiException.badInput("first", "first must be between 1 and " + MAX_FIRST + ", was " + first);
		}
		String text = SupplyTextQuery.normalize(prefix);
		if (text.length() > SuggestQueryBuilder.MAX_PREFIX_CHARS) {
			text = text.substring(0, SuggestQueryBuilder.MAX_PREFIX_CHARS);
		}
		if (text.isEmpty()) {
			return List.of();
		}
		Map<String, Suggestion> byText = new LinkedHashMap<>();
		chains(text).forEach((s) -> byText.putIfAbsent(s.text(), s));
		SearchResponse<JsonData> response = search(text, size);
		List<Suggestion> keywords = new ArrayList<>();
		for (StringTermsBucket bucket : response.aggregations()
			.get(SuggestQueryBuilder.KEYWORDS)
			.sterms()
			.buckets()
			.array()) {
			keywords.add(new Suggestion(bucket.key().stringValue(), Kind.KEYWORD, null));
		}
		List<Suggestion> titles = new ArrayList<>();
		for (Hit<JsonData> hit : response.hits().hits()) {
			JsonObject source = hit.source().toJson().asJsonObject();
			String title = source.getString("title", null);
			if (title != null) {
				titles.add(new Suggestion(title, Kind.TITLE, hit.id()));
			}
		}
		// keywords take at most half of what is left when titles exist, so both kinds
		// show
		int keywordSlots = titles.isEmpty() ? size : Math.max(1, (size - byText.size() + 1) / 2);
		keywords.stream().limit(keywordSlots).forEach((s) -> byText.putIfAbsent(s.text(), s));
		titles.forEach((s) -> byText.putIfAbsent(s.text(), s));
		keywords.forEach((s) -> byText.putIfAbsent(s.text(), s));
		return new ArrayList<>(byText.values()).subList(0, Math.min(size, byText.size()));
	}

	/**
	 * Chains whose name (preferred) or one alias starts with the prefix, once per chain.
	 */
	private List<Suggestion> chains(String prefix) {
		String lower = prefix.toLowerCase(Locale.ROOT);
		List<Suggestion> found = new ArrayList<>();
		for (IndustrialChain chain : this.taxonomy.chains()) {
			if (chain.name().toLowerCase(Locale.ROOT).startsWith(lower)) {
				found.add(new Suggestion(chain.name(), Kind.CHAIN, chain.code()));
				continue;
			}
			chain.aliases()
				.stream()
				.filter((alias) -> alias.toLowerCase(Locale.ROOT).startsWith(lower))
				.findFirst()
				.ifPresent((alias) -> found.add(new Suggestion(alias, Kind.CHAIN, chain.code())));
		}
		return found;
	}

	private SearchResponse<JsonData> search(String prefix, int size) {
		try {
			return this.client.search(this.queries.build(prefix, size, this.snapshot.indices()), JsonData.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
