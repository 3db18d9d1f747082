package org.techmatch.catalog;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VocabularyTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "正在研发,RESEARCH", "已有样品,SAMPLE", "' 通过小试 ',LAB_PROVEN", "通过中试,PILOT_PROVEN", "可以量产,MASS_PRODUCTION",
			"PILOT_PROVEN,PILOT_PROVEN", "mass_production,MASS_PRODUCTION" })
	@DisplayName("maturity is read from its Chinese label or its name, trimmed")
	void maturityFromLabel(String text, Maturity expected) {
		assertThat(Maturity.fromLabel(text)).contains(expected);
	}

	@Test
	@DisplayName("maturity rejects unknown text, blank and null")
	void maturityUnknown() {
		assertThat(Maturity.fromLabel("已经上市")).isEmpty();
		assertThat(Maturity.fromLabel("  ")).isEmpty();
		assertThat(Maturity.fromLabel(null)).isEmpty();
	}

	@Test
	@DisplayName("maturity is ordered RESEARCH < SAMPLE < LAB_PROVEN < PILOT_PROVEN < MASS_PRODUCTION")
	void maturityOrder() {
		assertThat(Maturity.LAB_PROVEN.isAtLeast(Maturity.SAMPLE)).isTrue();
		assertThat(Maturity.LAB_PROVEN.isAtLeast(Maturity.LAB_PROVEN)).isTrue();
		assertThat(Maturity.LAB_PROVEN.isAtLeast(Maturity.PILOT_PROVEN)).isFalse();
		assertThat(Maturity.RESEARCH.rank()).isEqualTo(1);
		assertThat(Maturity.MASS_PRODUCTION.rank()).isEqualTo(5);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "转让,TRANSFER", "完全转让,TRANSFER", "技术转让,TRANSFER", "许可转让,LICENSE", "技术许可,LICENSE", "技术入股,EQUITY",
			"作价入股,EQUITY", "合作生产,JOINT_DEVELOPMENT", "委托开发,COMMISSIONED_DEVELOPMENT", "技术服务,SERVICE", "其他,OTHER",
			"LICENSE,LICENSE" })
	@DisplayName("a single transfer mode is read from each of its labels")
	void transferModeFromLabel(String text, TransferMode expected) {
		assertThat(TransferMode.fromLabel(text)).contains(expected);
	}

	@Test
	@DisplayName("zhibei's concatenated 完全转让许可转让技术入股合作生产 gives four modes in order, nothing left over")
	void concatenatedZhibeiForm() {
		TransferMode.Parsed parsed = TransferMode.parseConcatenated("完全转让许可转让技术入股合作生产");
		assertThat(parsed.modes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE, TransferMode.EQUITY,
				TransferMode.JOINT_DEVELOPMENT);
		assertThat(parsed.isComplete()).isTrue();
	}

	@Test
	@DisplayName("合作生产其他 and 完全转让其他 are read without separators")
	void concatenatedWithOther() {
		assertThat(TransferMode.parseConcatenated("合作生产其他").modes()).containsExactly(TransferMode.JOINT_DEVELOPMENT,
				TransferMode.OTHER);
		assertThat(TransferMode.parseConcatenated("完全转让其他").modes()).containsExactly(TransferMode.TRANSFER,
				TransferMode.OTHER);
	}

	@Test
	@DisplayName("comma, 、 and space separated forms are read and duplicates collapse")
	void separatedForms() {
		assertThat(TransferMode.parseConcatenated("技术转让,技术许可,委托开发").modes()).containsExactly(TransferMode.TRANSFER,
				TransferMode.LICENSE, TransferMode.COMMISSIONED_DEVELOPMENT);
		assertThat(TransferMode.parseConcatenated("技术入股、技术转让 转让").modes()).containsExactly(TransferMode.EQUITY,
				TransferMode.TRANSFER);
	}

	@Test
	@DisplayName("unknown pieces are reported, not dropped")
	void unknownPiecesReported() {
		TransferMode.Parsed parsed = TransferMode.parseConcatenated("完全转让以物易物许可转让,租赁");
		assertThat(parsed.modes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE);
		assertThat(parsed.unparsed()).containsExactly("以物易物", "租赁");
		assertThat(parsed.isComplete()).isFalse();
	}

	@Test
	@DisplayName("empty and null transfer-mode text give no modes and nothing unparsed")
	void emptyTransferModes() {
		assertThat(TransferMode.parseConcatenated("").modes()).isEmpty();
		assertThat(TransferMode.parseConcatenated(null).isComplete()).isTrue();
	}

	@Test
	@DisplayName("institution, IP and service types are read from labels and aliases")
	void otherVocabularies() {
		assertThat(InstitutionType.fromLabel("重点实验室")).contains(InstitutionType.LAB);
		assertThat(InstitutionType.fromLabel("科研院所")).contains(InstitutionType.INSTITUTE);
		assertThat(IpType.fromLabel("实用新型专利")).contains(IpType.UTILITY_MODEL);
		assertThat(IpType.fromLabel("外观专利")).contains(IpType.DESIGN_PATENT);
		assertThat(IpType.fromLabel("非专利技术")).contains(IpType.NON_PATENT);
		assertThat(ServiceType.fromLabel("中试熟化")).contains(ServiceType.PILOT_SCALE);
		assertThat(ServiceType.fromLabel("TESTING")).contains(ServiceType.TESTING);
		assertThat(IpType.fromLabel("商标")).isEmpty();
	}

	@Test
	@DisplayName("面议 is a negotiable price without bounds")
	void negotiablePrice() {
		ParseResult<AskingPrice> result = AskingPrice.parse(" 面议 ");
		assertThat(result.isOk()).isTrue();
		assertThat(result.value()).isEqualTo(new AskingPrice(true, null, null));
	}

	@Test
	@DisplayName("zhibei's 100.0万元-200.0万元 and short forms 50万元, 50-80万 are read in 万元")
	void priceRanges() {
		assertThat(AskingPrice.parse("100.0万元-200.0万元").value()).isEqualTo(AskingPrice.range(100.0, 200.0));
		assertThat(AskingPrice.parse("50万元").value()).isEqualTo(AskingPrice.range(50, 50));
		assertThat(AskingPrice.parse("50-80万").value()).isEqualTo(AskingPrice.range(50, 80));
		assertThat(AskingPrice.parse("9.0万元～9.0万元").value()).isEqualTo(AskingPrice.range(9, 9));
	}

	@Test
	@DisplayName("unreadable prices come back with a reason instead of a value")
	void priceProblems() {
		for (String text : List.of("很贵", "200-100万元", "5000元", "")) {
			ParseResult<AskingPrice> result = AskingPrice.parse(text);
			assertThat(result.isOk()).as(text).isFalse();
			assertThat(result.value()).as(text).isNull();
			assertThat(result.problem()).as(text).isNotBlank();
		}
		assertThat(AskingPrice.parse("200-100万元").problem()).contains("下限大于上限");
	}

}
