package org.techmatch.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells UTF-8 from GB18030 for a CSV file by decoding it strictly, line by line, in one
 * streaming pass. A UTF-8 BOM means UTF-8. Otherwise every line holding non-ASCII bytes
 * votes: valid UTF-8 or not. No invalid line at all means UTF-8; more valid than invalid
 * lines also means UTF-8 (a file with a few broken lines, which are then reported one by
 * one); anything else is read as GB18030 (which also covers GBK and GB2312). Detection by
 * strict UTF-8 is reliable because GB18030 text almost never forms valid UTF-8 sequences,
 * while the reverse is not true.
 */
final class CharsetDetector {

	static final Charset GB18030 = Charset.forName("GB18030");

	private CharsetDetector() {
	}

	static Charset detect(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); ByteLines lines = new ByteLines(in)) {
			LineDecoder utf8 = new LineDecoder(StandardCharsets.UTF_8);
			long valid = 0;
			long invalid = 0;
			byte[] line;
			while ((line = lines.next()) != null) {
				if (lines.lineNumber() == 1 && LineDecoder.hasUtf8Bom(line)) {
					return StandardCharsets.UTF_8;
				}
				if (LineDecoder.isAscii(line)) {
					continue;
				}
				if (utf8.decode(line) != null) {
					valid++;
				}
				else {
					invalid++;
				}
			}
			return (invalid == 0 || valid > invalid) ? StandardCharsets.UTF_8 : GB18030;
		}
	}

}
