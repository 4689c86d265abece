package org.ecopolicy.kg.store;

import java.io.IOException;
import java.util.Iterator;
import java.util.List;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * A Lucene tokenizer on HanLP's segmenter (the one extraction uses): words with their offsets,
 * punctuation and spaces dropped. Lucene hands a tokenizer its whole field value through a reader.
 */
final class HanLpTokenizer extends Tokenizer {

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(
            () -> HanLP.newSegment().enableOffset(true).enableCustomDictionary(true));

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private Iterator<Term> terms;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
        if (terms == null) {
            String text = readAll();
            length = text.length();
            List<Term> seg = SEGMENT.get().seg(text);
            terms = seg.iterator();
        }
        while (terms.hasNext()) {
            Term t = terms.next();
            if (t.word.codePoints().anyMatch(Character::isLetterOrDigit)) {
                clearAttributes();
                term.append(t.word.toLowerCase(java.util.Locale.ROOT));
                offset.setOffset(correctOffset(t.offset), correctOffset(t.offset + t.word.length()));
                return true;
            }
        }
        return false;
    }

    private String readAll() throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[4096];
        for (int n; (n = input.read(buf)) > 0; ) {
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Override
    public void end() throws IOException {
        super.end();
        offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        terms = null;
        length = 0;
    }
}
