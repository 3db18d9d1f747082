package org.techmatch.importing;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One file's rows as {@link RowOutcome}s, lazily: read ({@link RowReader}), mapped
 * ({@link ColumnMapper}), parsed ({@link RowParser}). Every source row gives exactly one
 * outcome: an unreadable row is rejected with field {@value RowProblem#WHOLE_ROW}; a row
 * whose id was already accepted earlier in the same file is rejected too (it would
 * silently overwrite that row). Column warnings are in {@link #warnings()} once the rows
 * are read. Closing closes the reader.
 */
public final class ImportRows<T> implements Iterator<RowOutcome<T>>, AutoCloseable {

	private final RowReader reader;

	private final ColumnMapper mapper;

	private final RowParser<T> parser;

	private final Map<String, Integer> rowById = new HashMap<>();

	public ImportRows(RowReader reader, ColumnMapper mapper, RowParser<T> parser) {
		this.reader = reader;
		this.mapper = mapper;
		this.parser = parser;
	}

	@Override
	public boolean hasNext() {
		return this.reader.hasNext();
	}

	@Override
	public RowOutcome<T> next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		SourceRow row = this.reader.next();
		if (row instanceof SourceRow.Unreadable unreadable) {
			return new RowOutcome.Rejected<>(row.rowNumber(),
					List.of(new RowProblem(row.rowNumber(), RowProblem.WHOLE_ROW, unreadable.reason())));
		}
		RowOutcome<T> outcome = this.parser.parse(this.mapper.map((SourceRow.Readable) row));
		if (outcome instanceof RowOutcome.Accepted<T> accepted) {
			Integer first = this.rowById.putIfAbsent(accepted.id(), row.rowNumber());
			if (first != null) {
				return new RowOutcome.Rejected<>(row.rowNumber(), List.of(new RowProblem(row.rowNumber(),
						RowProblem.WHOLE_ROW, "与第" + first + "行重复（相同的id " + accepted.id() + "）")));
			}
		}
		return outcome;
	}

	/** The remaining outcomes as a sequential stream over this iterator. */
	public Stream<RowOutcome<T>> stream() {
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
	}

	/** Column warnings (unknown or duplicated columns) seen so far, each once. */
	public List<String> warnings() {
		return this.mapper.warnings();
	}

	@Override
	public void close() {
		this.reader.close();
	}

}
