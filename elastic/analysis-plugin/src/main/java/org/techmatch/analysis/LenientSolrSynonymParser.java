package org.techmatch.analysis;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Solr-format synonym parser that, when lenient, skips a term the analysis chain cannot turn into a clean
 * token sequence (eliminated by a stop filter, a position gap, ...) instead of failing the whole rule file.
 * Not lenient, it behaves exactly like {@link SolrSynonymParser}.
 */
final class LenientSolrSynonymParser extends SolrSynonymParser {

    private final boolean lenient;
    private int skipped;

    LenientSolrSynonymParser(boolean expand, boolean lenient, Analyzer analyzer) {
        super(true, expand, analyzer);
        this.lenient = lenient;
    }

    @Override
    public CharsRef analyze(String text, CharsRefBuilder reuse) throws IOException {
        try {
            return super.analyze(text, reuse);
        } catch (IllegalArgumentException e) {
            if (!lenient) {
                throw e;
            }
            skipped++;
            return new CharsRef("");
        }
    }

    @Override
    public void add(CharsRef input, CharsRef output, boolean includeOrig) {
        // a skipped term comes back empty from analyze(): drop every mapping that involves it
        if (!lenient || (input.length > 0 && output.length > 0)) {
            super.add(input, output, includeOrig);
        }
    }

    /** Terms left out because the chain rejected them (lenient mode only). */
    int skipped() {
        return skipped;
    }
}
