package org.techmatch.importing;

/**
 * Turns one mapped row into a domain record or a rejection; never throws for bad data.
 */
public interface RowParser<T> {

	RowOutcome<T> parse(ImportRow row);

}
