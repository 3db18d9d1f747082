package org.techmatch.catalog;

import java.util.Optional;

/** 知识产权形式 (zhibei's zlxx). */
public enum IpType {

	INVENTION_PATENT("发明专利"), UTILITY_MODEL("实用新型专利", "实用新型"), DESIGN_PATENT("外观专利", "外观设计专利", "外观设计"),
	SOFTWARE_COPYRIGHT("软件著作权", "计算机软件著作权", "软著"), NON_PATENT("非专利技术", "技术秘密"), OTHER("其他");

	private final String label;

	private final String[] labels;

	IpType(String label, String... aliases) {
		this.label = label;
		this.labels = Labels.withAliases(label, aliases);
	}

	public String label() {
		return this.label;
	}

	public static Optional<IpType> fromLabel(String text) {
		return Labels.find(IpType.class, text, t -> t.labels);
	}

}
