package org.techmatch.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowReaderTests {

	@TempDir
	Path dir;

	private List<SourceRow> read(Path file) {
		try (RowReader reader = RowReaders.open(file)) {
			return reader.stream().toList();
		}
	}

	private Path write(String name, byte[] bytes) throws IOException {
		return Files.write(this.dir.resolve(name), bytes);
	}

	private static SourceRow.Readable readable(SourceRow row) {
		assertThat(row).isInstanceOf(SourceRow.Readable.class);
		return (SourceRow.Readable) row;
	}

	@Test
	@DisplayName("format is detected from .ndjson/.jsonl/.csv/.xlsx and an explicit override wins")
	void formatDetection() {
		assertThat(ImportFormat.resolve(Path.of("a.JSONL"), null)).isEqualTo(ImportFormat.NDJSON);
		assertThat(ImportFormat.resolve(Path.of("批次.csv"), null)).isEqualTo(ImportFormat.CSV);
		assertThat(ImportFormat.resolve(Path.of("x.xlsx"), "")).isEqualTo(ImportFormat.XLSX);
		assertThat(ImportFormat.resolve(Path.of("x.txt"), "csv")).isEqualTo(ImportFormat.CSV);
		assertThatThrownBy(() -> ImportFormat.resolve(Path.of("x.txt"), null)).hasMessageContaining("x.txt");
		assertThatThrownBy(() -> ImportFormat.resolve(Path.of("x.csv"), "xls")).hasMessageContaining("xls");
	}

	@Test
	@DisplayName("NDJSON: line numbers are file lines, blank lines skipped, arrays joined with ；, numbers as text")
	void ndjson() throws IOException {
		Path file = write("a.ndjson", """
				{"id":"a1","name":"石墨烯导热膜","keywords":["石墨烯","导热"],"trl":6,"x":null}

				{"id":"a2","name":"尼龙66"}
				""".getBytes(StandardCharsets.UTF_8));
		List<SourceRow> rows = read(file);
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(1, 3);
		assertThat(readable(rows.get(0)).cells()).containsEntry("keywords", "石墨烯；导热")
			.containsEntry("trl", "6")
			.doesNotContainKey("x");
	}

	@Test
	@DisplayName("NDJSON: a malformed line, a non-object and an undecodable line are reported, neighbours read")
	void ndjsonBadLines() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("{\"name\":\"一\"}\n{\"name\": \"二\",\n[1,2]\n".getBytes(StandardCharsets.UTF_8));
		bytes.write("{\"name\":\"三\"}\n".getBytes(CharsetDetector.GB18030));
		bytes.write("{\"name\":\"四\"}\n".getBytes(StandardCharsets.UTF_8));
		List<SourceRow> rows = read(write("b.ndjson", bytes.toByteArray()));
		assertThat(rows).hasSize(5);
		assertThat(rows.get(1)).isInstanceOf(SourceRow.Unreadable.class);
		assertThat(((SourceRow.Unreadable) rows.get(1)).reason()).contains("第2行", "JSON");
		assertThat(((SourceRow.Unreadable) rows.get(2)).reason()).contains("第3行", "不是JSON对象");
		assertThat(((SourceRow.Unreadable) rows.get(3)).reason()).contains("第4行", "UTF-8");
		assertThat(readable(rows.get(4)).cells()).containsEntry("name", "四");
	}

	@Test
	@DisplayName("CSV: UTF-8 with BOM, quoted multi-line cell; row numbers as a spreadsheet shows them")
	void csvUtf8Bom() throws IOException {
		String csv = "\uFEFF成果名称*,成果描述\n甲,\"第一行\n第二行，含逗号,\"\"引号\"\"\"\n\n乙,描述\n";
		List<SourceRow> rows = read(write("a.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 4);
		assertThat(readable(rows.get(0)).cells()).containsEntry("成果名称*", "甲")
			.containsEntry("成果描述", "第一行\n第二行，含逗号,\"引号\"");
		assertThat(readable(rows.get(1)).cells()).containsEntry("成果名称*", "乙");
	}

	@Test
	@DisplayName("CSV: a GB18030 file is detected and read")
	void csvGb18030() throws IOException {
		String csv = "成果名称,成熟度\n超硬材料金刚石线锯,通过中试\n㐀扩展字符,可以量产\n";
		List<SourceRow> rows = read(write("gb.csv", csv.getBytes(CharsetDetector.GB18030)));
		assertThat(rows).hasSize(2);
		assertThat(readable(rows.get(0)).cells()).containsEntry("成果名称", "超硬材料金刚石线锯").containsEntry("成熟度", "通过中试");
		assertThat(readable(rows.get(1)).cells()).containsEntry("成果名称", "㐀扩展字符");
	}

	@Test
	@DisplayName("CSV: an undecodable line in a UTF-8 file is reported for that row; rows around it are read")
	void csvUndecodableLine() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.write("成果名称,成熟度\n甲,通过小试\n乙,\"多行\n单元格\"\n".getBytes(StandardCharsets.UTF_8));
		bytes.write("丙,通过中试\n".getBytes(CharsetDetector.GB18030));
		bytes.write("丁,可以量产\n戊,已有样品\n".getBytes(StandardCharsets.UTF_8));
		List<SourceRow> rows = read(write("mixed.csv", bytes.toByteArray()));
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
		assertThat(readable(rows.get(1)).cells()).containsEntry("成熟度", "多行\n单元格");
		assertThat(rows.get(2)).isInstanceOf(SourceRow.Unreadable.class);
		assertThat(((SourceRow.Unreadable) rows.get(2)).reason()).contains("第4行", "文件第5行", "UTF-8");
		assertThat(readable(rows.get(3)).cells()).containsEntry("成果名称", "丁");
		assertThat(readable(rows.get(4)).cells()).containsEntry("成果名称", "戊");
	}

	@Test
	@DisplayName("CSV: too few cells is unreadable, blank padding cells are fine, an open quote is reported")
	void csvColumnCount() throws IOException {
		String csv = "a,b,c\n1,2\n1,2,3,,\n1,2,3,4\n1,\"2,3\n";
		List<SourceRow> rows = read(write("n.csv", csv.getBytes(StandardCharsets.UTF_8)));
		assertThat(rows).hasSize(4);
		assertThat(((SourceRow.Unreadable) rows.get(0)).reason()).contains("第2行有2列", "3列");
		assertThat(readable(rows.get(1)).cells()).containsEntry("c", "3");
		assertThat(rows.get(2)).isInstanceOf(SourceRow.Unreadable.class);
		assertThat(rows.get(3)).isInstanceOf(SourceRow.Unreadable.class);
		assertThat(rows.get(3).rowNumber()).isEqualTo(5);
	}

	@Test
	@DisplayName("XLSX: Chinese headers, numbers and dates as a person reads them, empty rows skipped")
	void xlsx() throws IOException {
		Path file = this.dir.resolve("批次.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("成果");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
			Row header = sheet.createRow(0);
			String[] names = { "成果名称*", "成熟度", "转化方式", "TRL", "发布日期" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			Row row = sheet.createRow(1);
			row.createCell(0).setCellValue("一种耐高温尼龙66复合材料");
			row.createCell(1).setCellValue("通过中试");
			row.createCell(2).setCellValue("技术转让,技术许可");
			row.createCell(3).setCellValue(6);
			row.createCell(4).setCellValue(LocalDate.of(2024, 5, 1));
			row.getCell(4).setCellStyle(dateStyle);
			sheet.createRow(4).createCell(0).setCellValue("第五行");
			workbook.write(out);
		}
		List<SourceRow> rows = read(file);
		assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 5);
		assertThat(readable(rows.get(0)).cells()).containsEntry("成果名称*", "一种耐高温尼龙66复合材料")
			.containsEntry("转化方式", "技术转让,技术许可")
			.containsEntry("TRL", "6")
			.containsEntry("发布日期", "2024-05-01");
		assertThat(readable(rows.get(1)).cells()).containsEntry("成熟度", "");
	}

	@Test
	@DisplayName("charset detection: UTF-8 wins when most non-ASCII lines are valid UTF-8")
	void detection() throws IOException {
		Charset gb = CharsetDetector.GB18030;
		assertThat(CharsetDetector.detect(write("u.csv", "名称\n值\n".getBytes(StandardCharsets.UTF_8))))
			.isEqualTo(StandardCharsets.UTF_8);
		assertThat(CharsetDetector.detect(write("g.csv", "名称\n值\n".getBytes(gb)))).isEqualTo(gb);
	}

}
