package org.techmatch.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

import static org.assertj.core.api.Assertions.assertThat;

class AchievementRowParserTests {

	private static final IndustrialChainTaxonomy TAXONOMY = new IndustrialChainTaxonomy();

	private final AchievementRowParser parser = new AchievementRowParser(new ImportDefaults("HN 2024H1", "河南省"),
			TAXONOMY);

	private static ImportRow row(int number, String... fieldValues) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < fieldValues.length; i += 2) {
			values.put(fieldValues[i], fieldValues[i + 1]);
		}
		return new ImportRow(number, values);
	}

	private Achievement accepted(ImportRow row) {
		RowOutcome<Achievement> outcome = this.parser.parse(row);
		assertThat(outcome).isInstanceOf(RowOutcome.Accepted.class);
		return ((RowOutcome.Accepted<Achievement>) outcome).record();
	}

	private RowProblem onlyProblem(ImportRow row) {
		RowOutcome<Achievement> outcome = this.parser.parse(row);
		assertThat(outcome).isInstanceOf(RowOutcome.Rejected.class);
		assertThat(((RowOutcome.Rejected<Achievement>) outcome).problems()).hasSize(1);
		return ((RowOutcome.Rejected<Achievement>) outcome).problems().get(0);
	}

	@Test
	@DisplayName("a full row becomes an achievement with stable id, chain, cluster, modes, price and default region")
	void fullRow() {
		Achievement a = accepted(row(2, "sourceId", "CG-001", "title", "高性能尼龙66复合材料", "description",
				"本成果提供一种高性能尼龙66复合材料的制备方法。材料耐高温。", "keywords", "尼龙，复合材料、 耐高温", "technicalField", "新材料-化工新材料", "chain",
				"尼龙", "maturity", "通过中试", "trl", "TRL6", "ipType", "发明专利", "patentNumbers",
				"ZL202310000001.2；ZL202310000002.X", "transferModes", "完全转让许可转让", "price", "100万元-200万元",
				"institutionName", "郑州大学", "institutionType", "高校", "city", "郑州市", "publishedDate", "2024年5月1日",
				"contactEmail", "tt@zzu.edu.cn"));
		assertThat(a.id()).isEqualTo("ach-hn-2024h1-CG-001");
		assertThat(a.chain()).isEqualTo("NM_NYLON");
		assertThat(a.cluster()).isEqualTo("NEW_MATERIALS");
		assertThat(a.keywords()).containsExactly("尼龙", "复合材料", "耐高温");
		assertThat(a.technicalField()).isEqualTo(new TechnicalField("新材料", "化工新材料"));
		assertThat(a.maturity()).isEqualTo(Maturity.PILOT_PROVEN);
		assertThat(a.trl()).isEqualTo(6);
		assertThat(a.ip().type()).isEqualTo(IpType.INVENTION_PATENT);
		assertThat(a.ip().patentNumbers()).hasSize(2);
		assertThat(a.transferModes()).containsExactly(TransferMode.TRANSFER, TransferMode.LICENSE);
		assertThat(a.price()).isEqualTo(AskingPrice.range(100, 200));
		assertThat(a.institution().city()).isEqualTo("郑州");
		assertThat(a.region()).isEqualTo("河南省");
		assertThat(a.publishedDate()).isEqualTo(LocalDate.of(2024, 5, 1));
		assertThat(a.summary()).isEqualTo(a.description());
	}

	@Test
	@DisplayName("without a source id the id hashes title + institution, so re-imports give the same id")
	void hashedId() {
		String first = accepted(row(2, "title", "智能传感器", "institutionName", "河南大学")).id();
		String again = accepted(row(9, "title", " 智能传感器 ", "institutionName", "河南大学")).id();
		String other = accepted(row(3, "title", "智能传感器", "institutionName", "郑州大学")).id();
		assertThat(first).startsWith("ach-hn-2024h1-h").isEqualTo(again).isNotEqualTo(other);
	}

	@Test
	@DisplayName("rejects an unknown maturity 半成品, naming row and field maturity")
	void badMaturity() {
		RowProblem problem = onlyProblem(row(7, "title", "某成果", "maturity", "半成品"));
		assertThat(problem).extracting(RowProblem::rowNumber, RowProblem::field).containsExactly(7, "maturity");
		assertThat(problem.reason()).contains("半成品");
	}

	@Test
	@DisplayName("rejects a row without title, naming field title")
	void missingTitle() {
		RowProblem problem = onlyProblem(row(4, "maturity", "通过小试"));
		assertThat(problem).extracting(RowProblem::rowNumber, RowProblem::field).containsExactly(4, "title");
	}

	@Test
	@DisplayName("rejects an unknown chain xx, naming field chain")
	void unknownChain() {
		RowProblem problem = onlyProblem(row(5, "title", "某成果", "chain", "xx"));
		assertThat(problem).extracting(RowProblem::field, RowProblem::reason).containsExactly("chain", "未知产业链: xx");
	}

	@Test
	@DisplayName("rejects partly readable transfer modes, naming the unread part XYZ")
	void partlyReadableModes() {
		RowProblem problem = onlyProblem(row(6, "title", "某成果", "transferModes", "完全转让许可转让XYZ"));
		assertThat(problem.field()).isEqualTo("transferModes");
		assertThat(problem.reason()).contains("XYZ");
	}

	@Test
	@DisplayName("reports every problem of a row: price abc, bad date, too long title")
	void everyProblem() {
		RowOutcome<Achievement> outcome = this.parser
			.parse(row(8, "title", "长".repeat(201), "price", "abc", "publishedDate", "2024-13-01"));
		assertThat(((RowOutcome.Rejected<Achievement>) outcome).problems()).extracting(RowProblem::field)
			.containsExactlyInAnyOrder("title", "price", "publishedDate");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2024-05-01", "2024/5/1", "2024年5月1日", "2024.5.1", "2024-05-01 08:30:00",
			"2024-05-01T08:30", "20240501", "2024-05-0108:30:00.0" })
	@DisplayName("accepts published dates in the usual Chinese spreadsheet forms")
	void dates(String text) {
		assertThat(accepted(row(2, "title", "t", "publishedDate", text)).publishedDate())
			.isEqualTo(LocalDate.of(2024, 5, 1));
	}

	@Test
	@DisplayName("infers the chain only from an exact sub-field match; a domain alone gives no chain")
	void chainInference() {
		assertThat(accepted(row(2, "title", "t", "technicalField", "电子信息-人工智能")).chain()).isEqualTo("EI_COMPUTING");
		assertThat(accepted(row(2, "title", "t", "technicalField", "新材料-复合材料")).chain()).isNull();
		assertThat(accepted(row(2, "title", "t", "technicalField", "新材料")).cluster()).isNull();
	}

	@Test
	@DisplayName("application scope becomes the description's last paragraph; summary is cut at a sentence end")
	void scopeAndSummary() {
		String sentence = "这是一个用于测试摘要截断的句子，长度大约三十个字左右。";
		Achievement a = accepted(row(2, "title", "t", "description", sentence.repeat(6), "applicationScope", "膜材料"));
		assertThat(a.description()).endsWith("\n\n应用范围：膜材料");
		assertThat(a.summary()).endsWith("。").hasSizeLessThanOrEqualTo(120);
	}

}
