package org.techmatch.importing;

import java.util.List;

import org.techmatch.graphql.UserError;

/** The GraphQL {@code ImportPayload}. */
public record ImportPayload(ImportReport report, List<UserError> userErrors) {

	static ImportPayload of(ImportReport report) {
		return new ImportPayload(report, List.of());
	}

	static ImportPayload failed(UserError error) {
		return new ImportPayload(null, List.of(error));
	}

}
