package org.techmatch.importing;

/** The GraphQL {@code ImportInput}. */
public record ImportInput(ImportKind kind, String path, String contentBase64, String fileName, ImportFormat format,
		String sourceBatch, String region) {
}
