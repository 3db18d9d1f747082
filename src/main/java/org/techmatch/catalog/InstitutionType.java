package org.techmatch.catalog;

import java.util.Optional;

/** Kind of institution that owns an achievement or offers a capability. */
public enum InstitutionType {

	UNIVERSITY("高校", "大学", "高等院校"), INSTITUTE("科研院所", "研究院", "研究所"), ENTERPRISE("企业", "公司"), LAB("实验室", "重点实验室"),
	OTHER("其他");

	private final String label;

	private final String[] labels;

	InstitutionType(String label, String... aliases) {
		this.label = label;
		this.labels = Labels.withAliases(label, aliases);
	}

	public String label() {
		return this.label;
	}

	public static Optional<InstitutionType> fromLabel(String text) {
		return Labels.find(InstitutionType.class, text, t -> t.labels);
	}

}
