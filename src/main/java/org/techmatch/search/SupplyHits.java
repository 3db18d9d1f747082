package org.techmatch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.SupplyDocument;
import org.techmatch.catalog.achievement.AchievementDocument;
import org.techmatch.catalog.achievement.AchievementDocumentMapper;
import org.techmatch.catalog.capability.CapabilityDocument;
import org.techmatch.catalog.capability.CapabilityDocumentMapper;
import org.techmatch.graphql.SearchCursor;
import org.techmatch.search.SupplyConnection.Highlight;
import org.techmatch.search.SupplyConnection.SupplyEdge;

/**
 * Turns hits over both catalogue indices into GraphQL edges: the node is an {@code Achievement} or a
 * {@code Capability} (the document type Jackson chose by its {@code supplyType}), mapped with the catalogue's MapStruct
 * mappers.
 */
@Component
public class SupplyHits {

	/** Highlighted fields, in the order they are returned. */
	private static final List<String> HIGHLIGHT_ORDER = List.of("title", "keywords", "summary", "description");

	private final AchievementDocumentMapper achievements;

	private final CapabilityDocumentMapper capabilities;

	public SupplyHits(AchievementDocumentMapper achievements, CapabilityDocumentMapper capabilities) {
		this.achievements = achievements;
		this.capabilities = capabilities;
	}

	/** The Achievement or Capability of a stored document. */
	public Object item(SupplyDocument document) {
		if (document instanceof CapabilityDocument capability) {
			return this.capabilities.toCapability(capability);
		}
		return this.achievements.toAchievement((AchievementDocument) document);
	}

	/** An edge for a hit, whose cursor carries its sort values and the point in time. */
	public SupplyEdge edge(Hit<SupplyDocument> hit, String pointInTime) {
		List<FieldValue> sort = hit.sort();
		String cursor = new SearchCursor(sort.isEmpty() ? List.of(FieldValue.of(hit.id())) : sort, pointInTime)
			.encode();
		return new SupplyEdge(cursor, item(hit.source()), hit.score(), highlights(hit.highlight()));
	}

	private static List<Highlight> highlights(Map<String, List<String>> highlight) {
		List<Highlight> result = new ArrayList<>();
		if (highlight == null) {
			return result;
		}
		for (String field : HIGHLIGHT_ORDER) {
			List<String> fragments = highlight.get(field);
			if (fragments != null && !fragments.isEmpty()) {
				result.add(new Highlight(field, fragments));
			}
		}
		return result;
	}

}
