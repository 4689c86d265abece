package org.ecopolicy.kg.store;

import java.util.Locale;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * The Lucene analyzers the full-text index can use for Chinese. The default was chosen by
 * precision at 10 on the researchers' queries in {@code search/queries.csv} (see the README).
 */
public enum TextAnalyzers {

    /** Lucene's SmartChineseAnalyzer (HMM word segmentation, lucene-analysis-smartcn). */
    SMARTCN,
    /** Overlapping character bigrams (Lucene's CJKAnalyzer): no dictionary, every pair of characters. */
    CJK_BIGRAM,
    /** HanLP's segmenter with the project's dictionaries (the one extraction uses). */
    HANLP;

    /** The analyzer the store's index uses. */
    public static final TextAnalyzers DEFAULT = SMARTCN;

    public Analyzer create() {
        return switch (this) {
            case SMARTCN -> new SmartChineseAnalyzer();
            case CJK_BIGRAM -> new CJKAnalyzer();
            case HANLP -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    return new TokenStreamComponents(new HanLpTokenizer());
                }
            };
        };
    }

    public static TextAnalyzers parse(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
