package org.techmatch.demand;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Collections;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.UserError;
import org.techmatch.graphql.UserErrorCode;

import static org.assertj.core.api.Assertions.assertThat;

class DemandValidatorTest {

	private final DemandValidator validator = new DemandValidator(new IndustrialChainTaxonomy(),
			Clock.fixed(Instant.parse("2026-06-01T04:00:00Z"), ZoneId.of("Asia/Shanghai")));

	private static SubmitDemandInput valid() {
		return new SubmitDemandInput("旧电池回收处理技术", "每年收上来很多用过的锂电池，想找环保的回收技术。", List.of("电池回收"), null, "NEV_BATTERY",
				null, null, new BudgetInput(false, 10.0, 80.0), "新乡", LocalDate.of(2026, 12, 31), "新乡某公司");
	}

	@Test
	@DisplayName("a complete, sensible demand has no user errors; chain names and aliases resolve like codes")
	void validDemand() {
		assertThat(this.validator.validateSubmit(valid())).isEmpty();
		assertThat(this.validator.resolveChain("动力电池"))
			.hasValueSatisfying((c) -> assertThat(c.code()).isEqualTo("NEV_BATTERY"));
		assertThat(this.validator.resolveChain("锂电池"))
			.hasValueSatisfying((c) -> assertThat(c.code()).isEqualTo("NEV_BATTERY"));
	}

	@Test
	@DisplayName("each invalid field gives its own code: REQUIRED, TOO_LONG, TOO_MANY, NEGATIVE, INVALID, IN_THE_PAST, UNKNOWN_CHAIN")
	void oneErrorPerProblem() {
		SubmitDemandInput input = new SubmitDemandInput(" ", "太短", Collections.nCopies(11, "电池"), null, "火星产业链", null,
				null, new BudgetInput(false, -5.0, 80.0), "城".repeat(21), LocalDate.of(2026, 6, 1), null);
		List<UserError> errors = this.validator.validateSubmit(input);
		assertThat(errors).extracting(UserError::field, UserError::code)
			.contains(org.assertj.core.groups.Tuple.tuple("title", UserErrorCode.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("description", UserErrorCode.TOO_SHORT),
					org.assertj.core.groups.Tuple.tuple("ownerOrganization", UserErrorCode.REQUIRED),
					org.assertj.core.groups.Tuple.tuple("keywords", UserErrorCode.TOO_MANY),
					org.assertj.core.groups.Tuple.tuple("chain", UserErrorCode.UNKNOWN_CHAIN),
					org.assertj.core.groups.Tuple.tuple("budget.minWan", UserErrorCode.NEGATIVE),
					org.assertj.core.groups.Tuple.tuple("city", UserErrorCode.TOO_LONG),
					org.assertj.core.groups.Tuple.tuple("deadline", UserErrorCode.IN_THE_PAST));
	}

	@Test
	@DisplayName("a budget whose minimum exceeds its maximum is INVALID")
	void budgetOrder() {
		SubmitDemandInput v = valid();
		SubmitDemandInput input = new SubmitDemandInput(v.title(), v.description(), v.keywords(), null, null, null,
				null, new BudgetInput(false, 100.0, 50.0), null, null, v.ownerOrganization());
		assertThat(this.validator.validateSubmit(input)).extracting(UserError::field, UserError::code)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("budget", UserErrorCode.INVALID));
	}

	@Test
	@DisplayName("an update checks only what it carries, and refuses status CLOSED (closeDemand does that)")
	void updateChecksWhatItCarries() {
		UpdateDemandInput input = new UpdateDemandInput("dem-x", "1.1", null, null, null, null, null, null, null, null,
				null, null, DemandStatus.CLOSED);
		assertThat(this.validator.validateUpdate(input)).extracting(UserError::field).containsExactly("status");
	}

}
