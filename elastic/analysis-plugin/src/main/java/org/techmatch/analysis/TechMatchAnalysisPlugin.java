package org.techmatch.analysis;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * Chinese analysis for the minimal Elasticsearch distribution, registered under the names the official
 * analysis-smartcn plugin and the analysis-common module use, so the same index JSON works on a full cluster
 * (where this plugin is not installed).
 */
public class TechMatchAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        return Map.of("smartcn", SmartChineseAnalyzerProvider::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        return Map.of(
            "smartcn_tokenizer", SmartChineseTokenizerFactory::new,
            // analysis-common's keyword tokenizer is missing from the minimal distribution; zh_prefix needs it
            "keyword", KeywordTokenizerFactory::new);
    }

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of(
            "synonym_graph", requiresAnalysisSettings(SynonymGraphTokenFilterFactory::new),
            "edge_ngram", EdgeNGramTokenFilterFactory::new);
    }
}
