package org.techmatch.matching;

import org.springframework.stereotype.Component;

import org.techmatch.catalog.chain.IndustrialChainTaxonomy;
import org.techmatch.graphql.ApiException;

/**
 * Checks an ad-hoc need; a query has no payload, so problems are {@code BAD_USER_INPUT}
 * errors naming the field.
 */
@Component
public class NeedValidator {

	static final int TITLE_MAX = 200;

	static final int DESCRIPTION_MAX = 4000;

	static final int KEYWORDS_MAX = 20;

	static final int KEYWORD_MAX = 30;

	private final IndustrialChainTaxonomy taxonomy;

	public NeedValidator(IndustrialChainTaxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public void validate(Need need) {
		if (need.title() == null || need.title().isBlank()) {
			throw ApiException.badInput("need.title", "need.title must not be blank");
		}
		if (need.title().length() > TITLE_MAX) {
			throw ApiException.badInput("need.title", "need.title allows at most " + TITLE_MAX + " characters");
		}
		if (need.description().length() > DESCRIPTION_MAX) {
			throw ApiException.badInput("need.description",
					"need.description allows at most " + DESCRIPTION_MAX + " characters");
		}
		if (need.keywords() != null && (need.keywords().size() > KEYWORDS_MAX
				|| need.keywords().stream().anyMatch((keyword) -> keyword != null && keyword.length() > KEYWORD_MAX))) {
			throw ApiException.badInput("need.keywords", "need.keywords allows at most " + KEYWORDS_MAX
					+ " keywords of at most " + KEYWORD_MAX + " characters");
		}
		if (need.chain() != null
				&& this.taxonomy.chain(need.chain()).or(() -> this.taxonomy.findChainByName(need.chain())).isEmpty()) {
			throw ApiException.badInput("need.chain",
					"need.chain '" + need.chain() + "' is not an industrial chain of the taxonomy");
		}
		if (need.budgetMax() != null && (need.budgetMax() < 0 || need.budgetMax().isNaN())) {
			throw ApiException.badInput("need.budgetMax", "need.budgetMax must be 0 or more (万元)");
		}
	}

}
