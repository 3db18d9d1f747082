package org.techmatch.importing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.techmatch.catalog.Maturity;
import org.techmatch.catalog.ParseResult;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.TransferMode;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.demand.Budget;
import org.techmatch.demand.Demand;
import org.techmatch.demand.DemandStatus;
import org.techmatch.demand.DemandValidator;

/**
 * Turns a mapped demand row (zhibei's columns id, name, postTime, classification,
 * cooperationMethod, time "start至end", context, or the Chinese headers of
 * {@code importing/import-columns.json}) into a {@link Demand}, or a rejection naming
 * every field at fault.
 * <ul>
 * <li>Required: source id, title (≤ {@value DemandValidator#TITLE_MAX}), description (≤
 * {@value DemandValidator#DESCRIPTION_MAX}), as {@code submitDemand} requires them.</li>
 * <li>Optional but, when present, readable: technical field, chain (code or name), wanted
 * maturity, cooperation modes (every part recognised), published date, validity window or
 * deadline.</li>
 * <li>A demand whose validity has ended is imported CLOSED, the others OPEN. The budget
 * is negotiable (the sources publish none); the owner is the row's organisation, else
 * "未署名企业（batch）".</li>
 * <li>Id: {@code dem-} + source id, so that importing the same batch again updates the
 * same demands.</li>
 * </ul>
 */
public final class DemandRowParser implements RowParser<Demand> {

	private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,40}");

	/**
	 * A date at the start of a validity bound: zhibei writes 2021-01-1310:49:41.0 (date
	 * and time run together).
	 */
	private static final Pattern LEADING_DATE = Pattern.compile("\\s*(\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2})");

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final ImportDefaults defaults;

	private final ChainResolver chains;

	private final LocalDate today;

	public DemandRowParser(ImportDefaults defaults, IndustrialChainTaxonomy taxonomy, LocalDate today) {
		this.defaults = defaults;
		this.chains = new ChainResolver(taxonomy);
		this.today = today;
	}

	@Override
	public RowOutcome<Demand> parse(ImportRow row) {
		RowFields f = new RowFields(row);
		String sourceId = f.required("sourceId", "需求编号");
		if (sourceId != null && !SOURCE_ID.matcher(sourceId).matches()) {
			f.problem("sourceId", "需求编号只能含字母、数字、- 和 _（至多41位）: " + sourceId);
		}
		String title = f.limited(f.required("title", "需求名称"), "title", "需求名称", DemandValidator.TITLE_MAX);
		String description = f.limited(f.required("description", "需求描述"), "description", "需求描述",
				DemandValidator.DESCRIPTION_MAX);
		List<String> keywords = CellValues.split(f.text("keywords"), CellValues.WORD_LIST);
		TechnicalField field = (f.text("technicalField") != null) ? CellValues.technicalField(f.text("technicalField"))
				: null;
		IndustrialChain chain = f.parse("chain", this.chains::resolve);
		Maturity maturity = f.parse("maturityAtLeast",
				(t) -> Parsing.label(Maturity.fromLabel(t), "期望成熟度", t, "正在研发/已有样品/通过小试/通过中试/可以量产"));
		List<TransferMode> modes = f.transferModes("cooperationModes", "合作方式");
		LocalDate published = f.parse("publishedDate", CellValues::date);
		LocalDate deadline = deadline(f);
		String city = (f.text("city") != null) ? CellValues.city(f.text("city")) : null;
		if (f.hasProblems()) {
			return new RowOutcome.Rejected<>(row.rowNumber(), f.problems());
		}
		String owner = (f.text("ownerOrganization") != null) ? f.text("ownerOrganization")
				: "未署名企业（" + this.defaults.sourceBatch() + "）";
		DemandStatus status = (deadline != null && deadline.isBefore(this.today)) ? DemandStatus.CLOSED
				: DemandStatus.OPEN;
		var created = ((published != null) ? published : this.today).atStartOfDay(CHINA).toInstant();
		String id = Demand.ID_PREFIX + sourceId;
		Demand demand = Demand.builder()
			.id(id)
			.title(title)
			.description(description)
			.keywords(keywords)
			.technicalField(field)
			.chain((chain != null) ? chain.code() : null)
			.cluster((chain != null) ? chain.clusterCode() : null)
			.maturityAtLeast(maturity)
			.cooperationModes(modes)
			.budget(Budget.negotiableBudget())
			.city(city)
			.deadline(deadline)
			.status(status)
			.ownerOrganization(owner)
			.createdAt(created)
			.updatedAt(created)
			.sourceBatch(this.defaults.sourceBatch())
			.sourceId(sourceId)
			.build();
		return new RowOutcome.Accepted<>(row.rowNumber(), id, demand);
	}

	/** The deadline column, else the end of the validity window "start至end". */
	private static LocalDate deadline(RowFields f) {
		if (f.text("deadline") != null) {
			return f.parse("deadline", CellValues::date);
		}
		String validity = f.text("validity");
		if (validity == null) {
			return null;
		}
		int separator = validity.indexOf('至');
		if (separator < 0) {
			f.problem("validity", "有效期应为“开始至结束”: " + validity);
			return null;
		}
		Matcher m = LEADING_DATE.matcher(validity.substring(separator + 1));
		ParseResult<LocalDate> end = m.lookingAt() ? CellValues.date(m.group(1))
				: ParseResult.failed("无法识别的有效期结束日期: " + validity);
		if (!end.isOk()) {
			f.problem("validity", end.problem());
		}
		return end.value();
	}

}
