package org.techmatch.analysis;

import java.util.Set;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.TokenFilterFactory;

/** A {@code synonym_graph} filter specialised for one analysis chain: applies the synonym map built for it. */
final class ChainedSynonymGraphFilterFactory implements TokenFilterFactory {

    private final String name;
    private final SynonymMap synonyms;
    private final AnalysisMode analysisMode;
    private final Set<String> resourceNames;

    ChainedSynonymGraphFilterFactory(String name, SynonymMap synonyms, AnalysisMode analysisMode, Set<String> resourceNames) {
        this.name = name;
        this.synonyms = synonyms;
        this.analysisMode = analysisMode;
        this.resourceNames = resourceNames;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return synonyms.fst == null ? tokenStream : new SynonymGraphFilter(tokenStream, synonyms, false);
    }

    /** Later synonym filters parse their rules without this one, so synonyms are never expanded twice. */
    @Override
    public TokenFilterFactory getSynonymFilter() {
        return IDENTITY_FILTER;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public Set<String> getResourceNames() {
        return resourceNames;
    }
}
