package org.techmatch.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes one line strictly; a line that is not valid in the charset gives null. Not
 * thread-safe.
 */
final class LineDecoder {

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final Charset charset;

	private final CharsetDecoder strict;

	private final CharsetDecoder lenient;

	LineDecoder(Charset charset) {
		this.charset = charset;
		this.strict = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.lenient = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
	}

	Charset charset() {
		return this.charset;
	}

	/** The line's text, or null when its bytes are not valid in this charset. */
	String decode(byte[] line) {
		try {
			return this.strict.decode(ByteBuffer.wrap(line)).toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
	}

	/**
	 * The line's text with U+FFFD for each undecodable sequence (keeps the CSV structure
	 * intact).
	 */
	String decodeReplacing(byte[] line) {
		try {
			return this.lenient.decode(ByteBuffer.wrap(line)).toString();
		}
		catch (CharacterCodingException ex) {
			throw new IllegalStateException("REPLACE decoder reported an error", ex);
		}
	}

	static boolean hasUtf8Bom(byte[] line) {
		return line.length >= 3 && line[0] == UTF8_BOM[0] && line[1] == UTF8_BOM[1] && line[2] == UTF8_BOM[2];
	}

	static byte[] withoutUtf8Bom(byte[] line) {
		return hasUtf8Bom(line) ? java.util.Arrays.copyOfRange(line, 3, line.length) : line;
	}

	static boolean isAscii(byte[] line) {
		for (byte b : line) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

}
