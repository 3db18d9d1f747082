package org.techmatch.demand;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

/**
 * The rules a demand's fields obey, one {@link UserError} per problem (all problems at
 * once, so a form can show them together). Dates are judged in China's time zone.
 */
@Component
public class DemandValidator {

	/** How far ahead a deadline may lie. */
	static final int MAX_DEADLINE_YEARS = 5;

	static final int TITLE_MIN = 4;

	public static final int TITLE_MAX = 80;

	static final int DESCRIPTION_MIN = 10;

	public static final int DESCRIPTION_MAX = 4000;

	static final int KEYWORDS_MAX = 10;

	static final int KEYWORD_MAX = 30;

	static final int SHORT_TEXT_MAX = 100;

	static final double BUDGET_MAX_WAN = 1_000_000;

	private final IndustrialChainTaxonomy taxonomy;

	private final Clock clock;

	@Autowired
	public DemandValidator(IndustrialChainTaxonomy taxonomy) {
		this(taxonomy, Clock.system(ZoneId.of("Asia/Shanghai")));
	}

	DemandValidator(IndustrialChainTaxonomy taxonomy, Clock clock) {
		this.taxonomy = taxonomy;
		this.clock = clock;
	}

	public List<UserError> validateSubmit(SubmitDemandInput input) {
		List<UserError> errors = new ArrayList<>();
		text(errors, "title", input.title(), TITLE_MIN, TITLE_MAX, true);
		text(errors, "description", input.description(), DESCRIPTION_MIN, DESCRIPTION_MAX, true);
		text(errors, "ownerOrganization", input.ownerOrganization(), 2, SHORT_TEXT_MAX, true);
		common(errors, input.keywords(), input.technicalField(), input.chain(), input.budget(), input.city(),
				input.deadline());
		return errors;
	}

	/**
	 * Only the fields the update carries are checked (a field set to null clears it); id
	 * and version are checked by the service.
	 */
	public List<UserError> validateUpdate(UpdateDemandInput input) {
		List<UserError> errors = new ArrayList<>();
		text(errors, "title", input.title(), TITLE_MIN, TITLE_MAX, false);
		text(errors, "description", input.description(), DESCRIPTION_MIN, DESCRIPTION_MAX, false);
		common(errors, input.keywords().value(), input.technicalField().value(), input.chain().value(),
				input.budget().value(), input.city().value(), input.deadline().value());
		if (input.status() == DemandStatus.CLOSED) {
			errors.add(UserError.of("status", UserErrorCode.INVALID, "use closeDemand to close a demand"));
		}
		return errors;
	}

	/** The chain's code for a code, name or alias; empty for null or blank. */
	public Optional<IndustrialChain> resolveChain(String chain) {
		if (chain == null || chain.isBlank()) {
			return Optional.empty();
		}
		return this.taxonomy.chain(chain.strip()).or(() -> this.taxonomy.findChainByName(chain));
	}

	private void common(List<UserError> errors, List<String> keywords, TechnicalField field, String chain,
			BudgetInput budget, String city, LocalDate deadline) {
		keywords(errors, keywords);
		if (field != null) {
			text(errors, "technicalField.domain", field.domain(), 1, 50, false);
			text(errors, "technicalField.subfield", field.subfield(), 1, 50, false);
		}
		if (chain != null && resolveChain(chain).isEmpty()) {
			errors.add(UserError.of("chain", UserErrorCode.UNKNOWN_CHAIN,
					"chain '" + chain.strip() + "' is not an industrial chain of the taxonomy"));
		}
		budget(errors, budget);
		text(errors, "city", city, 1, 20, false);
		if (deadline != null && !deadline.isAfter(LocalDate.now(this.clock))) {
			errors.add(UserError.of("deadline", UserErrorCode.IN_THE_PAST, "deadline must be after today"));
		}
		else if (deadline != null && deadline.isAfter(LocalDate.now(this.clock).plusYears(MAX_DEADLINE_YEARS))) {
			errors.add(UserError.of("deadline", UserErrorCode.INVALID,
					"deadline must be within " + MAX_DEADLINE_YEARS + " years, so that the demand expires"));
		}
	}

	private static void text(List<UserError> errors, String field, String value, int min, int max, boolean required) {
		if (value == null) {
			if (required) {
				errors.add(UserError.of(field, UserErrorCode.REQUIRED, field + " is required"));
			}
			return;
		}
		int length = value.strip().codePointCount(0, value.strip().length());
		if (length == 0) {
			errors.add(UserError.of(field, UserErrorCode.REQUIRED, field + " must not be blank"));
		}
		else if (length < min) {
			errors.add(UserError.of(field, UserErrorCode.TOO_SHORT, field + " needs at least " + min + " characters"));
		}
		else if (length > max) {
			errors.add(UserError.of(field, UserErrorCode.TOO_LONG, field + " allows at most " + max + " characters"));
		}
	}

	private static void keywords(List<UserError> errors, List<String> keywords) {
		if (keywords == null) {
			return;
		}
		if (keywords.size() > KEYWORDS_MAX) {
			errors.add(UserError.of("keywords", UserErrorCode.TOO_MANY, "at most " + KEYWORDS_MAX + " keywords"));
		}
		for (int i = 0; i < keywords.size(); i++) {
			text(errors, "keywords[" + i + "]", keywords.get(i), 1, KEYWORD_MAX, true);
		}
	}

	private static void budget(List<UserError> errors, BudgetInput budget) {
		if (budget == null) {
			return;
		}
		amount(errors, "budget.minWan", budget.minWan());
		amount(errors, "budget.maxWan", budget.maxWan());
		if (budget.minWan() != null && budget.maxWan() != null && budget.minWan() >= 0 && budget.maxWan() >= 0
				&& budget.minWan() > budget.maxWan()) {
			errors.add(UserError.of("budget", UserErrorCode.INVALID, "budget.minWan is above budget.maxWan"));
		}
		if (!Boolean.TRUE.equals(budget.negotiable()) && budget.minWan() == null && budget.maxWan() == null) {
			errors.add(UserError.of("budget", UserErrorCode.REQUIRED, "a budget is negotiable or has an amount"));
		}
	}

	private static void amount(List<UserError> errors, String field, Double value) {
		if (value == null) {
			return;
		}
		if (value.isNaN() || value.isInfinite()) {
			errors.add(UserError.of(field, UserErrorCode.INVALID, field + " is not a number"));
		}
		else if (value < 0) {
			errors.add(UserError.of(field, UserErrorCode.NEGATIVE, field + " must be 0 or more (万元)"));
		}
		else if (value > BUDGET_MAX_WAN) {
			errors
				.add(UserError.of(field, UserErrorCode.INVALID, field + " is above " + (long) BUDGET_MAX_WAN + " 万元"));
		}
	}

}
