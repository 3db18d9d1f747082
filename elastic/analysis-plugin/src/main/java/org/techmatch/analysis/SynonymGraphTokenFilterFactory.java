package org.techmatch.analysis;

import java.util.List;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexService.IndexCreationContext;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AnalysisMode;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.CustomAnalyzer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;

/**
 * Token filter {@code synonym_graph}, chain-aware like Elasticsearch's own: the rules are analysed by the
 * tokenizer, char filters and token filters that precede this filter in each analyzer, so multi-word Chinese
 * terms match what smartcn produces. Settings: {@code synonyms} or {@code synonyms_path}, {@code expand}
 * (default true), {@code lenient} (default = {@code updateable}), {@code updateable} (default false; true makes
 * the filter search-time only and reloadable with {@code _reload_search_analyzers}). Solr format only.
 */
final class SynonymGraphTokenFilterFactory extends AbstractTokenFilterFactory {

    private final SynonymRules rules;
    private final boolean expand;
    private final boolean lenient;
    private final AnalysisMode analysisMode;

    SynonymGraphTokenFilterFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
        String format = settings.get("format", "solr");
        if (!"solr".equalsIgnoreCase(format)) {
            throw new IllegalArgumentException("synonym filter [" + name + "]: only format [solr] is supported, got [" + format + "]");
        }
        this.rules = SynonymRules.fromSettings(environment, settings, name);
        this.expand = settings.getAsBoolean("expand", true);
        boolean updateable = settings.getAsBoolean("updateable", false);
        this.lenient = settings.getAsBoolean("lenient", updateable);
        this.analysisMode = updateable ? AnalysisMode.SEARCH_TIME : AnalysisMode.ALL;
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return analysisMode;
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        throw new IllegalStateException("synonym filter [" + name() + "] must be specialised for its analysis chain first");
    }

    @Override
    public TokenFilterFactory getChainAwareTokenFilterFactory(
        IndexCreationContext context,
        TokenizerFactory tokenizer,
        List<CharFilterFactory> charFilters,
        List<TokenFilterFactory> previousTokenFilters,
        Function<String, TokenFilterFactory> allFilters
    ) {
        Analyzer chain = new CustomAnalyzer(
            tokenizer,
            charFilters.toArray(new CharFilterFactory[0]),
            previousTokenFilters.stream().map(TokenFilterFactory::getSynonymFilter).toArray(TokenFilterFactory[]::new));
        SynonymMap synonyms = SynonymMaps.parse(rules.open(), chain, expand, lenient, rules.origin());
        return new ChainedSynonymGraphFilterFactory(name(), synonyms, analysisMode, rules.resourceNames());
    }
}
