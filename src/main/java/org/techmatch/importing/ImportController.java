package org.techmatch.importing;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code importSupply}: handed to {@link UploadedImports}. */
@Controller
public class ImportController {

	private final UploadedImports imports;

	public ImportController(UploadedImports imports) {
		this.imports = imports;
	}

	@MutationMapping
	public ImportPayload importSupply(@Argument ImportInput input) {
		return this.imports.importBatch(input);
	}

}
