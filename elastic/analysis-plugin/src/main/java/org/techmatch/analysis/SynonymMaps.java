package org.techmatch.analysis;

import java.io.IOException;
import java.io.Reader;
import java.text.ParseException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;

/** Builds a {@link SynonymMap} from Solr-format rules, each side analysed by the given analysis chain. */
final class SynonymMaps {

    private SynonymMaps() {
    }

    /**
     * @param rules    Solr synonym rules ({@code a, b, c} and {@code a => b}; {@code #} comments)
     * @param analyzer the chain that precedes the synonym filter, so rules match the tokens it produces
     * @throws IllegalArgumentException naming {@code origin}, the line and the cause if a rule is invalid
     */
    static SynonymMap parse(Reader rules, Analyzer analyzer, boolean expand, boolean lenient, String origin) {
        LenientSolrSynonymParser parser = new LenientSolrSynonymParser(expand, lenient, analyzer);
        try (rules) {
            parser.parse(rules);
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                "failed to build synonyms from [" + origin + "]: " + e.getMessage() + ": " + rootMessage(e), e);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("failed to build synonyms from [" + origin + "]: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
