package org.techmatch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SynonymMapsTest {

    /** smartcn_tokenizer + lowercase + a small stop list: the chain zh_search puts before its synonyms. */
    private static Analyzer chain(String... stopWords) {
        CharArraySet stops = new CharArraySet(List.of(stopWords), false);
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer tokenizer = new HMMChineseTokenizer();
                return new TokenStreamComponents(tokenizer, new StopFilter(new LowerCaseFilter(tokenizer), stops));
            }
        };
    }

    private static List<String> tokens(Analyzer chain, SynonymMap synonyms, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = new SynonymGraphFilter(chain.tokenStream("f", text), synonyms, false)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    /** The zh_stop list of elastic/analysis/zh-analysis.json (a flat string array: a regex is enough). */
    private static String[] zhStopWords() throws IOException {
        Path json = Path.of(System.getProperty("techmatch.analysis", "../analysis/zh-analysis.json"));
        Matcher list = Pattern.compile("\"zh_stop\"\\s*:\\s*\\{[^}]*?\"stopwords\"\\s*:\\s*\\[([^\\]]*)\\]")
            .matcher(Files.readString(json, StandardCharsets.UTF_8));
        assertTrue(list.find(), "zh_stop.stopwords not found in " + json);
        Matcher word = Pattern.compile("\"([^\"]+)\"").matcher(list.group(1));
        List<String> words = new ArrayList<>();
        while (word.find()) {
            words.add(word.group(1));
        }
        return words.toArray(String[]::new);
    }

    @Test
    @DisplayName("a multi-word rule parsed through smartcn expands 电动汽车 to the tokens of 新能源汽车")
    void expandsThroughTheChain() throws IOException {
        Analyzer chain = chain();
        SynonymMap map = SynonymMaps.parse(new StringReader("新能源汽车, 电动汽车\n"), chain, true, false, "test");

        List<String> tokens = tokens(chain, map, "电动汽车");

        assertTrue(tokens.containsAll(List.of("新", "能源", "汽车", "电动")), tokens::toString);
    }

    @Test
    @DisplayName("expand=false maps every term of a group onto the first one only")
    void expandFalseMapsOntoFirstTerm() throws IOException {
        Analyzer chain = chain();
        SynonymMap map = SynonymMaps.parse(new StringReader("锂离子电池, 锂电\n"), chain, false, false, "test");

        assertEquals(List.of("锂", "离子", "电池"), tokens(chain, map, "锂电"));
    }

    @Test
    @DisplayName("a term the chain eliminates fails the file with its line unless lenient")
    void stopWordTermFailsUnlessLenient() throws IOException {
        Analyzer chain = chain("的");
        String rules = "人工智能, ai\n的, 之\n";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> SynonymMaps.parse(new StringReader(rules), chain, true, false, "rules.txt"));
        assertTrue(e.getMessage().contains("rules.txt") && e.getMessage().contains("line 2"), e.getMessage());

        SynonymMap lenient = SynonymMaps.parse(new StringReader(rules), chain, true, true, "rules.txt");
        assertTrue(tokens(chain, lenient, "AI").contains("人工智能"));
    }

    @Test
    @DisplayName("the project's technology-zh.txt has 300+ rules and parses strictly through zh_search's chain (smartcn, lowercase, zh_stop)")
    void projectSynonymFileParsesStrictly() throws IOException {
        Path file = Path.of(System.getProperty("techmatch.synonyms", "../synonyms/technology-zh.txt"));
        List<String> rules = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
        assertTrue(rules.size() >= 300, "rules: " + rules.size());

        Analyzer chain = chain(zhStopWords());
        SynonymMap map = SynonymMaps.parse(Files.newBufferedReader(file, StandardCharsets.UTF_8), chain, true, false, file.toString());

        assertTrue(tokens(chain, map, "锂电").containsAll(List.of("锂", "离子", "电池")));
        assertTrue(tokens(chain, map, "电动汽车").containsAll(List.of("新", "能源", "汽车")));
    }
}
