package org.techmatch.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.techmatch.expert.AdvanceInput.ContractInput;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * Checks the contract a CONTRACTED move records: a positive value of at most
 * {@value #MAX_VALUE_WAN} 万元, a type, a signing date not in the future, a registration
 * number of at most {@value #MAX_REGISTRATION} characters.
 */
final class ContractValidator {

	static final double MAX_VALUE_WAN = 10_000_000;

	static final int MAX_REGISTRATION = 40;

	/** The platform's time zone: signing days are dates there. */
	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private ContractValidator() {
	}

	static List<UserError> validate(ContractInput contract, Clock clock) {
		List<UserError> errors = new ArrayList<>();
		if (contract == null) {
			errors.add(UserError.of("contract", UserErrorCode.REQUIRED, "CONTRACTED records the contract"));
			return errors;
		}
		if (contract.valueWan() == null) {
			errors.add(UserError.of("contract.valueWan", UserErrorCode.REQUIRED, "the contract's value in 万元"));
		}
		else if (contract.valueWan() < 0) {
			errors.add(UserError.of("contract.valueWan", UserErrorCode.NEGATIVE, "a value cannot be negative"));
		}
		else if (contract.valueWan() == 0 || contract.valueWan() > MAX_VALUE_WAN || contract.valueWan().isNaN()) {
			errors.add(UserError.of("contract.valueWan", UserErrorCode.INVALID,
					"the value must be above 0 and at most " + (long) MAX_VALUE_WAN + " 万元"));
		}
		if (contract.type() == null) {
			errors.add(UserError.of("contract.type", UserErrorCode.REQUIRED, "the contract's type"));
		}
		if (contract.signedOn() == null) {
			errors.add(UserError.of("contract.signedOn", UserErrorCode.REQUIRED, "the signing date"));
		}
		else if (contract.signedOn().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
			// a signing day is a date where the contract was signed: today in China may
			// already be tomorrow in UTC (from 16:00 UTC on)
			errors.add(UserError.of("contract.signedOn", UserErrorCode.INVALID, "a contract is recorded once signed"));
		}
		String number = contract.registrationNumber();
		if (number != null && number.strip().length() > MAX_REGISTRATION) {
			errors.add(UserError.of("contract.registrationNumber", UserErrorCode.TOO_LONG,
					"at most " + MAX_REGISTRATION + " characters"));
		}
		return errors;
	}

}
