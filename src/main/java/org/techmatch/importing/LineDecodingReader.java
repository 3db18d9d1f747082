package org.techmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.BitSet;

/**
 * A {@link Reader} that decodes its input one physical line at a time, strictly. A line
 * that is not valid in the charset is still passed on (with U+FFFD in place of the bad
 * bytes, so that quoting and separators stay intact), and its 1-based line number is
 * remembered so that the CSV row holding it can be reported instead of read. Lines are
 * passed on with LF; a UTF-8 BOM is dropped.
 */
final class LineDecodingReader extends Reader {

	private final ByteLines lines;

	private final LineDecoder decoder;

	private final BitSet badLines = new BitSet();

	private String current = "";

	private int position;

	private boolean eof;

	LineDecodingReader(InputStream in, Charset charset) {
		this.lines = new ByteLines(in);
		this.decoder = new LineDecoder(charset);
	}

	/** The first undecodable physical line in [from, to] (1-based, inclusive), or -1. */
	int firstBadLineBetween(int from, int to) {
		int bad = this.badLines.nextSetBit(Math.max(from, 0));
		return (bad >= 0 && bad <= to) ? bad : -1;
	}

	Charset charset() {
		return this.decoder.charset();
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		while (this.position >= this.current.length()) {
			if (this.eof || !advance()) {
				this.eof = true;
				return -1;
			}
		}
		int n = Math.min(length, this.current.length() - this.position);
		this.current.getChars(this.position, this.position + n, buffer, offset);
		this.position += n;
		return n;
	}

	private boolean advance() throws IOException {
		byte[] line = this.lines.next();
		if (line == null) {
			return false;
		}
		if (this.lines.lineNumber() == 1) {
			line = LineDecoder.withoutUtf8Bom(line);
		}
		String text = this.decoder.decode(line);
		if (text == null) {
			this.badLines.set(this.lines.lineNumber());
			text = this.decoder.decodeReplacing(line);
		}
		this.current = text + "\n";
		this.position = 0;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.lines.close();
	}

}
