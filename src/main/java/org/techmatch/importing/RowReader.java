package org.techmatch.importing;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a source file lazily, one {@link SourceRow} at a time; rows with no content at
 * all (blank lines, empty spreadsheet rows) are not rows. Problems with a single row come
 * back as {@link SourceRow.Unreadable}; problems with the whole file (missing, not a
 * spreadsheet, I/O failure) are thrown as {@link java.io.UncheckedIOException} or
 * {@link IllegalArgumentException}. Single use; close it when done.
 */
public interface RowReader extends Iterator<SourceRow>, AutoCloseable {

	/** The rows left to read, as a sequential stream over this reader. */
	default Stream<SourceRow> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
	}

	@Override
	void close();

}
