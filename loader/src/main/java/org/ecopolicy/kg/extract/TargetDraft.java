package org.ecopolicy.kg.extract;

import java.math.BigDecimal;
import org.ecopolicy.kg.model.Comparator;
import org.ecopolicy.kg.model.TargetKind;

/**
 * A target before it gets its year and evidence: what a clause says. Spans are offsets into the
 * document text; {@code indicator} is set when it is not a plain slice (distributed lists).
 */
record TargetDraft(TargetKind kind, Span indicatorSpan, String indicator, Comparator comparator,
                   BigDecimal value, String unit, String unitCode, Span scope, int quoteEnd) {

    TargetDraft withQuoteEnd(int end) {
        return new TargetDraft(kind, indicatorSpan, indicator, comparator, value, unit, unitCode, scope, end);
    }

    TargetDraft withIndicator(String name) {
        return new TargetDraft(kind, indicatorSpan, name, comparator, value, unit, unitCode, scope, quoteEnd);
    }

    /** The indicator as written in {@code original}. */
    String indicatorIn(String original) {
        if (indicator != null) {
            return indicator;
        }
        // a hard-wrapped indicator ("生态环境保\n\n护") is read as one word
        return indicatorSpan == null ? "" : original.substring(indicatorSpan.start(), indicatorSpan.end()).strip()
                .replaceAll("\\s*\\n\\s*", "");
    }
}
