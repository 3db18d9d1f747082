package org.techmatch.importing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnMappingTests {

	private final ColumnMapping mapping = ColumnMapping.load();

	@Test
	@DisplayName("headers match after trimming, ignoring case, full-width forms and a trailing *")
	void normalization() {
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, " 成果名称* ")).contains("title");
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, "成果名称＊")).contains("title");
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, "ＩＤ")).contains("sourceId");
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, "id")).contains("sourceId");
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, "trl")).contains("trl");
		assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, "TITLE")).contains("title");
		assertThat(this.mapping.fieldFor(ImportKind.CAPABILITY, "仪器设备/平台*")).contains("equipment");
		assertThat(this.mapping.fieldFor(ImportKind.CAPABILITY, "仪器设备／平台")).contains("equipment");
	}

	@Test
	@DisplayName("zhibei's field names are aliases: name, context, postTime, zlxx, cooperationMethod, industry, scope")
	void zhibeiAliases() {
		Map<String, String> expected = Map.of("name", "title", "context", "description", "postTime", "publishedDate",
				"zlxx", "ipType", "cooperationMethod", "transferModes", "industry", "technicalField", "scope",
				"applicationScope", "price", "price", "maturity", "maturity", "id", "sourceId");
		expected.forEach((header, field) -> assertThat(this.mapping.fieldFor(ImportKind.ACHIEVEMENT, header)).as(header)
			.contains(field));
		assertThat(this.mapping.isIgnored(ImportKind.ACHIEVEMENT, "jstgfs")).isTrue();
	}

	@Test
	@DisplayName("unknown columns are warned about once per file; blank cells are left out; values trimmed")
	void unknownColumnsOnce() {
		ColumnMapper mapper = new ColumnMapper(this.mapping, ImportKind.ACHIEVEMENT);
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("成果名称*", "  尼龙66改性 ");
		cells.put("备用列", "x");
		cells.put("成熟度", " ");
		cells.put("序号", "1");
		ImportRow first = mapper.map(new SourceRow.Readable(2, cells));
		mapper.map(new SourceRow.Readable(3, cells));
		assertThat(first.values()).containsExactly(Map.entry("title", "尼龙66改性"));
		assertThat(mapper.warnings()).containsExactly("未知列“备用列”，已忽略");
	}

	@Test
	@DisplayName("two columns for one field: the first non-blank wins and a differing second is warned about")
	void duplicateColumns() {
		ColumnMapper mapper = new ColumnMapper(this.mapping, ImportKind.ACHIEVEMENT);
		Map<String, String> cells = new LinkedHashMap<>();
		cells.put("成果名称", "甲");
		cells.put("项目名称", "乙");
		assertThat(mapper.map(new SourceRow.Readable(2, cells)).get("title")).isEqualTo("甲");
		assertThat(mapper.warnings()).hasSize(1);
		assertThat(mapper.warnings().get(0)).contains("项目名称", "成果名称");
	}

}
