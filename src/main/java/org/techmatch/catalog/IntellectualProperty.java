package org.techmatch.catalog;

import java.util.List;

/** IP form of an achievement and its patent numbers (empty for non-patent technology). */
public record IntellectualProperty(IpType type, List<String> patentNumbers) {

	public IntellectualProperty {
		patentNumbers = (patentNumbers != null) ? List.copyOf(patentNumbers) : List.of();
	}

}
