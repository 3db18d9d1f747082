package org.techmatch.importing;

import java.time.LocalDate;

import org.techmatch.elastic.IndexDefinition;

/**
 * Everything that differs between the kinds of batch: how a mapped row becomes a record
 * (the row parser, which applies the kind's validation rules and rejects a row with every
 * problem found), how a record becomes its index document (the mapper), the index written
 * to, and how an imported document meets the stored one (the write policy).
 * {@link BatchImporter} does the rest the same way for every kind; one Spring bean per
 * {@link ImportKind}.
 *
 * @param <R> the domain record a row becomes
 * @param <D> the document stored for it
 */
public interface ImportStrategy<R, D> {

	ImportKind kind();

	/**
	 * The row parser for one batch.
	 * @param today the day the import runs (in China), for rules that depend on it
	 */
	RowParser<R> parser(ImportDefaults defaults, LocalDate today);

	/** The index document of a record. */
	D toDocument(R record);

	/** The stable id of a document. */
	String id(D document);

	Class<D> documentType();

	/** The index the kind's batches are written into (behind its alias). */
	IndexDefinition index();

	WritePolicy<D> writePolicy();

	/**
	 * How the kind's batches reach its index: catalogue kinds as a new generation (the
	 * default), live records in place.
	 */
	default ImportMode mode() {
		return ImportMode.GENERATION;
	}

	/**
	 * The document written for an accepted row that replaces {@code stored}; by default
	 * the row's. A kind may carry over what rows never hold (a demand's vector when its
	 * text is the same).
	 */
	default D merge(D stored, D imported) {
		return imported;
	}

}
