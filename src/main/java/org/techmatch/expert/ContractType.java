package org.techmatch.expert;

/** The five kinds of registered technology contract (技术合同). */
public enum ContractType {

	/** 技术开发. */
	DEVELOPMENT("技术开发"),
	/** 技术转让. */
	TRANSFER("技术转让"),
	/** 技术许可. */
	LICENSE("技术许可"),
	/** 技术咨询. */
	CONSULTING("技术咨询"),
	/** 技术服务. */
	SERVICE("技术服务");

	private final String label;

	ContractType(String label) {
		this.label = label;
	}

	/** The Chinese name, e.g. 技术许可. */
	public String label() {
		return this.label;
	}

}
