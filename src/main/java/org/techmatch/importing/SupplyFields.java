package org.techmatch.importing;

import java.util.regex.Pattern;

import org.techmatch.catalog.Contact;
import org.techmatch.catalog.Institution;
import org.techmatch.catalog.InstitutionType;
import org.techmatch.catalog.ParseResult;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.chain.IndustrialChain;

/**
 * Fields that achievements and capabilities read the same way: institution, contact,
 * field, chain.
 */
final class SupplyFields {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private SupplyFields() {
	}

	/** The institution when name, type or city is given; the type must be known. */
	static Institution institution(RowFields f) {
		String name = f.text("institutionName");
		InstitutionType type = f.parse("institutionType",
				t -> Parsing.label(InstitutionType.fromLabel(t), "单位类型", t, "高校/科研院所/企业/实验室/其他"));
		String city = (f.text("city") != null) ? CellValues.city(f.text("city")) : null;
		return (name == null && type == null && city == null) ? null : new Institution(name, type, city);
	}

	/** The contact when any part is given; an e-mail must look like one. */
	static Contact contact(RowFields f) {
		String person = f.text("contactPerson");
		String phone = f.text("contactPhone");
		String email = f.text("contactEmail");
		if (email != null && !EMAIL.matcher(email).matches()) {
			f.problem("contactEmail", "邮箱格式不正确: " + email);
		}
		return (person == null && phone == null && email == null) ? null : new Contact(person, phone, email);
	}

	/** "领域-子领域" from technicalField, the sub-field optionally from its own column. */
	static TechnicalField technicalField(RowFields f) {
		String text = f.text("technicalField");
		String sub = f.text("technicalSubfield");
		if (text == null) {
			return (sub == null) ? null : new TechnicalField(null, sub);
		}
		TechnicalField field = CellValues.technicalField(text);
		return (sub == null) ? field : new TechnicalField(field.domain(), sub);
	}

	/** The written chain (must be known), else one inferred from the field, else null. */
	static IndustrialChain chain(RowFields f, String column, ChainResolver chains, TechnicalField field) {
		String text = f.text(column);
		if (text == null) {
			return chains.infer(field).orElse(null);
		}
		ParseResult<IndustrialChain> chain = chains.resolve(text);
		if (!chain.isOk()) {
			f.problem(column, chain.problem());
		}
		return chain.value();
	}

}
