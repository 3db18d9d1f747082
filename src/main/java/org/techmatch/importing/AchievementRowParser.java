package org.techmatch.importing;

import java.util.List;

import org.techmatch.catalog.Achievement;
import org.techmatch.catalog.AskingPrice;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.IntellectualProperty;
import org.techmatch.catalog.IpType;
import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Turns a mapped row into an {@link Achievement} or a rejection listing every problem in
 * it.
 * <p>
 * Decisions, so that an operator sees what was not read rather than finding it missing
 * later:
 * <ul>
 * <li>Only the title is required (≤ 200 characters). A row without description is
 * accepted (zhibei has 140 of them; they are still found by title, field and maturity).
 * Everything else is optional, but a value that is present must be readable: an unknown
 * maturity, IP type, institution type or chain, an unreadable price, date, TRL or e-mail
 * rejects the row.</li>
 * <li>Partly readable values reject the row, naming the unread part: transfer modes
 * "完全转让许可转让XYZ" are rejected with "XYZ", not imported as two modes.</li>
 * <li>A given summary (摘要) over 120 characters is rejected; without one, the summary is
 * the description cut at the last sentence end within 120 characters.</li>
 * <li>The application scope (应用范围, zhibei's {@code scope}) is kept as a last paragraph
 * "应用范围：…" of the description, where search sees it.</li>
 * <li>Chain: see {@link ChainResolver}; the cluster follows from the chain.</li>
 * <li>Id: {@link StableIds} with prefix {@code ach}, from the source id or else title +
 * institution.</li>
 * <li>Region: the row's, else the batch default, else null.</li>
 * </ul>
 */
public final class AchievementRowParser implements RowParser<Achievement> {

	static final int MAX_TITLE = 200;

	private final ImportDefaults defaults;

	private final ChainResolver chains;

	public AchievementRowParser(ImportDefaults defaults, IndustrialChainTaxonomy taxonomy) {
		this.defaults = defaults;
		this.chains = new ChainResolver(taxonomy);
	}

	@Override
	public RowOutcome<Achievement> parse(ImportRow row) {
		RowFields f = new RowFields(row);
		String title = f.limited(f.required("title", "成果名称"), "title", "成果名称", MAX_TITLE);
		String description = Texts.withScope(f.text("description"), f.text("applicationScope"));
		String summary = f.limited(f.text("summary"), "summary", "摘要", Texts.MAX_SUMMARY);
		if (summary == null) {
			summary = Texts.summaryOf(description);
		}
		TechnicalField field = SupplyFields.technicalField(f);
		IndustrialChain chain = SupplyFields.chain(f, "chain", this.chains, field);
		Maturity maturity = f.parse("maturity",
				t -> Parsing.label(Maturity.fromLabel(t), "成熟度", t, "正在研发/已有样品/通过小试/通过中试/可以量产"));
		Integer trl = f.parse("trl", CellValues::trl);
		IntellectualProperty ip = intellectualProperty(f);
		List<TransferMode> modes = f.transferModes("transferModes", "转化方式");
		AskingPrice price = f.parse("price", AskingPrice::parse);
		Institution institution = SupplyFields.institution(f);
		String region = (f.text("region") != null) ? f.text("region") : this.defaults.region();
		var published = f.parse("publishedDate", CellValues::date);
		Contact contact = SupplyFields.contact(f);
		if (f.hasProblems()) {
			return new RowOutcome.Rejected<>(row.rowNumber(), f.problems());
		}
		String sourceId = f.text("sourceId");
		String id = StableIds.of("ach", this.defaults.sourceBatch(), sourceId, title,
				(institution != null) ? institution.name() : null);
		List<String> keywords = CellValues.split(f.text("keywords"), CellValues.WORD_LIST);
		Achievement achievement = Achievement.builder()
			.id(id)
			.sourceBatch(this.defaults.sourceBatch())
			.sourceId(sourceId)
			.title(title)
			.summary(summary)
			.description(description)
			.keywords(keywords)
			.technicalField(field)
			.chain((chain != null) ? chain.code() : null)
			.cluster((chain != null) ? chain.clusterCode() : null)
			.maturity(maturity)
			.trl(trl)
			.ip(ip)
			.transferModes(modes)
			.price(price)
			.institution(institution)
			.region(region)
			.publishedDate(published)
			.contact(contact)
			.build();
		return new RowOutcome.Accepted<>(row.rowNumber(), id, achievement);
	}

	private static IntellectualProperty intellectualProperty(RowFields f) {
		IpType type = f.parse("ipType",
				t -> Parsing.label(IpType.fromLabel(t), "知识产权类型", t, "发明专利/实用新型专利/外观专利/软件著作权/非专利技术/其他"));
		List<String> patents = CellValues.split(f.text("patentNumbers"), CellValues.WORD_LIST);
		return (type == null && patents.isEmpty()) ? null : new IntellectualProperty(type, patents);
	}

}
