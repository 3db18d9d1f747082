package org.techmatch.search;

import java.util.List;

/**
 * A filterable dimension with facet counts: its Chinese label, the keyword fields that
 * hold it (achievements and capabilities name some differently; a document has only one
 * of them) and how many values to count.
 */
public enum FacetDimension {

	SUPPLY_TYPE("供给类型", 2, "supplyType"), CLUSTER("产业集群", 10, "cluster", "clusters"),
	CHAIN("产业链", 40, "chain", "chains"), MATURITY("成熟度", 5, "maturity"), TRANSFER_MODE("转化方式", 7, "transferModes"),
	IP_TYPE("知识产权", 6, "ip.type"), INSTITUTION_TYPE("机构类型", 5, "institution.type"), CITY("城市", 20, "city");

	private final String label;

	private final int size;

	private final List<String> fields;

	FacetDimension(String label, int size, String... fields) {
		this.label = label;
		this.size = size;
		this.fields = List.of(fields);
	}

	public String label() {
		return this.label;
	}

	/** How many values the facet lists at most. */
	public int size() {
		return this.size;
	}

	/** The keyword fields holding this dimension's values. */
	public List<String> fields() {
		return this.fields;
	}

}
