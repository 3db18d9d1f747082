package org.techmatch.catalog;

import java.util.Optional;

/** 成熟度: how far an achievement has come, in ascending order. */
public enum Maturity {

	RESEARCH("正在研发"), SAMPLE("已有样品"), LAB_PROVEN("通过小试"), PILOT_PROVEN("通过中试"), MASS_PRODUCTION("可以量产");

	private final String label;

	Maturity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** 1 for RESEARCH up to 5 for MASS_PRODUCTION. */
	public int rank() {
		return ordinal() + 1;
	}

	public boolean isAtLeast(Maturity other) {
		return ordinal() >= other.ordinal();
	}

	public static Optional<Maturity> fromLabel(String text) {
		return Labels.find(Maturity.class, text, m -> new String[] { m.label });
	}

}
