package org.techmatch.catalog;

import java.util.Optional;

/** What a capability listing offers to do for others. */
public enum ServiceType {

	TECH_DEVELOPMENT("技术开发"), CONSULTING("技术咨询"), TECH_SERVICE("技术服务"), TESTING("检验检测", "检测"),
	PILOT_SCALE("中试熟化", "中试");

	private final String label;

	private final String[] labels;

	ServiceType(String label, String... aliases) {
		this.label = label;
		this.labels = Labels.withAliases(label, aliases);
	}

	public String label() {
		return this.label;
	}

	public static Optional<ServiceType> fromLabel(String text) {
		return Labels.find(ServiceType.class, text, t -> t.labels);
	}

}
