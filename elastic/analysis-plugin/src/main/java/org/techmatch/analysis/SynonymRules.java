package org.techmatch.analysis;

import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.analysis.Analysis;

/**
 * Where a synonym filter's rules come from: the inline {@code synonyms} list or the {@code synonyms_path} file
 * (relative to the node's config directory). The file is read again each time the rules are opened, which is
 * what makes a reload (close/open, or {@code _reload_search_analyzers} for updateable filters) pick up edits.
 */
final class SynonymRules {

    private static final String INLINE = "synonyms";
    private static final String PATH = "synonyms_path";

    private final Environment environment;
    private final Settings settings;
    private final String path;

    private SynonymRules(Environment environment, Settings settings, String path) {
        this.environment = environment;
        this.settings = settings;
        this.path = path;
    }

    static SynonymRules fromSettings(Environment environment, Settings settings, String filterName) {
        if (settings.hasValue(INLINE)) {
            return new SynonymRules(environment, settings, null);
        }
        if (settings.hasValue(PATH)) {
            return new SynonymRules(environment, settings, settings.get(PATH));
        }
        throw new IllegalArgumentException(
            "synonym filter [" + filterName + "] requires either `" + INLINE + "` or `" + PATH + "` to be configured");
    }

    Reader open() {
        if (path != null) {
            return Analysis.getReaderFromFile(environment, path, INLINE);
        }
        List<String> lines = Analysis.getWordList(environment, settings, INLINE);
        return new StringReader(String.join("\n", lines) + "\n");
    }

    String origin() {
        return path != null ? path : "inline " + INLINE;
    }

    /** The file, for {@code _reload_search_analyzers?resource=...}; none for inline rules. */
    Set<String> resourceNames() {
        return path != null ? Set.of(path) : Set.of();
    }
}
