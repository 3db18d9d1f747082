package org.techmatch.importing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at LF (a trailing CR is dropped) before any decoding,
 * so that one undecodable line cannot spoil its neighbours. Safe for UTF-8 and GB18030:
 * in neither encoding does byte 0x0A occur inside a multi-byte character.
 */
final class ByteLines implements AutoCloseable {

	private final InputStream in;

	private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

	private int lineNumber;

	ByteLines(InputStream in) {
		this.in = new BufferedInputStream(in, 64 * 1024);
	}

	/** The next line without its terminator, or null at the end of the stream. */
	byte[] next() throws IOException {
		this.line.reset();
		int b;
		boolean any = false;
		while ((b = this.in.read()) != -1) {
			any = true;
			if (b == '\n') {
				break;
			}
			this.line.write(b);
		}
		if (!any) {
			return null;
		}
		this.lineNumber++;
		byte[] bytes = this.line.toByteArray();
		int length = bytes.length;
		if (length > 0 && bytes[length - 1] == '\r') {
			length--;
		}
		return (length == bytes.length) ? bytes : java.util.Arrays.copyOf(bytes, length);
	}

	/** 1-based number of the line last returned by {@link #next()}. */
	int lineNumber() {
		return this.lineNumber;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
