package org.techmatch.importing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.techmatch.catalog.ParseResult;
import org.techmatch.catalog.TechnicalField;
import org.techmatch.catalog.chain.IndustrialChain;
import org.techmatch.catalog.chain.IndustrialChainTaxonomy;

/**
 * Finds industrial chains for import rows in the {@link IndustrialChainTaxonomy}.
 * <p>
 * A written chain is read as a code (NM_SUPERHARD, any case), a name (超硬材料) or an alias
 * (金刚石); anything else is a problem. When a row names no chain, one is inferred only from
 * an exact match of the technical sub-field with a chain name or alias (zhibei's
 * "新材料-化工新材料" → 化工新材料, "电子信息-人工智能" → 先进计算 via its alias 人工智能). No substring matching on
 * titles and no domain-level guess (a "新材料" domain does not make an item 新材料其他产业链): a
 * wrong chain misleads matching more than a missing one, and chain and cluster are
 * nullable.
 */
final class ChainResolver {

	private final IndustrialChainTaxonomy taxonomy;

	ChainResolver(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	ParseResult<IndustrialChain> resolve(String text) {
		String t = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		Optional<IndustrialChain> chain = this.taxonomy.chain(t.toUpperCase(Locale.ROOT))
			.or(() -> this.taxonomy.findChainByName(t));
		return chain.map(ParseResult::ok).orElseGet(() -> ParseResult.failed("未知产业链: " + text.strip()));
	}

	Optional<IndustrialChain> infer(TechnicalField field) {
		if (field == null || field.subfield() == null) {
			return Optional.empty();
		}
		return this.taxonomy.findChainByName(field.subfield());
	}

}
