package org.techmatch.importing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.techmatch.catalog.Capability;
import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.ServiceType;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Turns a mapped row into a {@link Capability} or a rejection listing every problem in
 * it.
 * <p>
 * Required: the capability name (≤ 200 characters) and the institution name, because a
 * listing is only useful when one knows who offers it. Lists are split as
 * {@link CellValues} says: service types and chains on ，,;；、 and spaces; fields and
 * equipment also on those but not on spaces (equipment names contain them);
 * representative results only on ;； and line breaks (titles contain commas). Each service
 * type and chain must be known, else the row is rejected naming it. Without a chain
 * column, chains are inferred from the fields as for achievements; clusters follow from
 * the chains. Id: {@link StableIds} with prefix {@code cap}, from the source id or else
 * title + institution + team.
 */
public final class CapabilityRowParser implements RowParser<Capability> {

	private final ImportDefaults defaults;

	private final ChainResolver chains;

	public CapabilityRowParser(ImportDefaults defaults, IndustrialChainTaxonomy taxonomy) {
		this.defaults = defaults;
		this.chains = new ChainResolver(taxonomy);
	}

	@Override
	public RowOutcome<Capability> parse(ImportRow row) {
		RowFields f = new RowFields(row);
		String title = f.limited(f.required("title", "能力名称"), "title", "能力名称", AchievementRowParser.MAX_TITLE);
		f.required("institutionName", "单位名称");
		Institution institution = SupplyFields.institution(f);
		List<ServiceType> services = serviceTypes(f);
		List<TechnicalField> fields = CellValues.split(f.text("technicalFields"), CellValues.PHRASE_LIST)
			.stream()
			.map(CellValues::technicalField)
			.toList();
		List<IndustrialChain> chainList = chains(f, fields);
		var published = f.parse("publishedDate", CellValues::date);
		Contact contact = SupplyFields.contact(f);
		if (f.hasProblems()) {
			return new RowOutcome.Rejected<>(row.rowNumber(), f.problems());
		}
		String sourceId = f.text("sourceId");
		String team = f.text("team");
		String id = StableIds.of("cap", this.defaults.sourceBatch(), sourceId, title, institution.name(), team);
		return new RowOutcome.Accepted<>(row.rowNumber(), id,
				Capability.builder()
					.id(id)
					.sourceBatch(this.defaults.sourceBatch())
					.sourceId(sourceId)
					.institution(institution)
					.team(team)
					.title(title)
					.description(f.text("description"))
					.serviceTypes(services)
					.technicalFields(fields)
					.chains(chainList.stream().map(IndustrialChain::code).toList())
					.clusters(chainList.stream().map(IndustrialChain::clusterCode).distinct().toList())
					.equipment(CellValues.split(f.text("equipment"), CellValues.PHRASE_LIST))
					.representativeAchievementIds(
							CellValues.split(f.text("representativeAchievementIds"), CellValues.WORD_LIST))
					.representativeResults(CellValues.split(f.text("representativeResults"), CellValues.TITLE_LIST))
					.city(institution.city())
					.publishedDate(published)
					.contact(contact)
					.build());
	}

	private static List<ServiceType> serviceTypes(RowFields f) {
		LinkedHashSet<ServiceType> types = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		for (String item : CellValues.split(f.text("serviceTypes"), CellValues.WORD_LIST)) {
			ServiceType.fromLabel(item).ifPresentOrElse(types::add, () -> unknown.add(item));
		}
		if (!unknown.isEmpty()) {
			f.problem("serviceTypes", "未知服务类型: " + String.join("、", unknown) + "（可选: 技术开发/技术咨询/技术服务/检验检测/中试熟化）");
		}
		return new ArrayList<>(types);
	}

	private List<IndustrialChain> chains(RowFields f, List<TechnicalField> fields) {
		LinkedHashSet<IndustrialChain> found = new LinkedHashSet<>();
		if (f.text("chains") == null) {
			fields.forEach(field -> this.chains.infer(field).ifPresent(found::add));
			return new ArrayList<>(found);
		}
		List<String> unknown = new ArrayList<>();
		for (String item : CellValues.split(f.text("chains"), CellValues.WORD_LIST)) {
			var chain = this.chains.resolve(item);
			if (chain.isOk()) {
				found.add(chain.value());
			}
			else {
				unknown.add(item);
			}
		}
		if (!unknown.isEmpty()) {
			f.problem("chains", "未知产业链: " + String.join("、", unknown));
		}
		return new ArrayList<>(found);
	}

}
