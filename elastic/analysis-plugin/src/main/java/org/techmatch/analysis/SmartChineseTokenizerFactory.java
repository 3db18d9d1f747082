package org.techmatch.analysis;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;

/** Tokenizer {@code smartcn_tokenizer}: sentence split plus HMM word segmentation (HMMChineseTokenizer). */
final class SmartChineseTokenizerFactory extends AbstractTokenizerFactory {

    SmartChineseTokenizerFactory(IndexSettings indexSettings, Environment environment, String name, Settings settings) {
        super(name);
    }

    @Override
    public Tokenizer create() {
        return new HMMChineseTokenizer();
    }
}
