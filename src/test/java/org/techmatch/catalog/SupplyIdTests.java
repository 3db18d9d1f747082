package org.techmatch.catalog;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SupplyIdTests {

	@Test
	@DisplayName("an id's prefix gives its kind; other ids are no supply ids")
	void parsesTheKindFromThePrefix() {
		assertThat(SupplyId.parse("ach-demo-00001")).contains(new SupplyId(SupplyType.ACHIEVEMENT, "ach-demo-00001"));
		assertThat(SupplyId.parse("cap-demo-0001")).contains(new SupplyId(SupplyType.CAPABILITY, "cap-demo-0001"));
		assertThat(SupplyId.parse("dem-0123")).isEmpty();
		assertThat(SupplyId.parse(null)).isEmpty();
	}

	@Test
	@DisplayName("a supply item's kind and GraphQL type come from its Java type")
	void typeFromTheJavaType() {
		SupplyItem achievement = Achievement.builder().id("ach-1").title("t").build();
		SupplyItem capability = Capability.builder().id("cap-1").title("t").build();
		assertThat(List.of(achievement, capability)).extracting((item) -> item.type().typeName())
			.containsExactly("Achievement", "Capability");
	}

	@Test
	@DisplayName("toBuilder copies every field, so a changed copy differs only in what was set")
	void toBuilderCopiesEveryField() {
		Achievement achievement = Achievement.builder()
			.id("ach-1")
			.title("动力电池回收")
			.keywords(List.of("回收"))
			.maturity(Maturity.PILOT_PROVEN)
			.region("河南省")
			.build();
		assertThat(achievement.toBuilder().build()).isEqualTo(achievement);
		assertThat(achievement.toBuilder().maturity(null).build().maturity()).isNull();
	}

}
