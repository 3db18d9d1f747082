package org.techmatch.expert;

/**
 * The technology contract a recommendation ended in (技术合同): its value in 万元, its type,
 * the signing date and, once registered, its registration number. Stored inside the
 * recommendation; the sum of the values is the centre's turnover (技术合同成交额).
 */
public class Contract {

	private Double valueWan;

	private ContractType type;

	/** ISO date, {@code 2026-11-30}. */
	private String signedOn;

	private String registrationNumber;

	public Contract() {
	}

	public Contract(Double valueWan, ContractType type, String signedOn, String registrationNumber) {
		this.valueWan = valueWan;
		this.type = type;
		this.signedOn = signedOn;
		this.registrationNumber = registrationNumber;
	}

	public Double getValueWan() {
		return this.valueWan;
	}

	public void setValueWan(Double valueWan) {
		this.valueWan = valueWan;
	}

	public ContractType getType() {
		return this.type;
	}

	public void setType(ContractType type) {
		this.type = type;
	}

	public String getSignedOn() {
		return this.signedOn;
	}

	public void setSignedOn(String signedOn) {
		this.signedOn = signedOn;
	}

	public String getRegistrationNumber() {
		return this.registrationNumber;
	}

	public void setRegistrationNumber(String registrationNumber) {
		this.registrationNumber = registrationNumber;
	}

}
