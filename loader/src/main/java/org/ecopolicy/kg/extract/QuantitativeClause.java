package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopolicy.kg.model.Comparator;
import org.ecopolicy.kg.model.TargetKind;

/**
 * Reads the values of a clause: each accepted number gets the indicator before its verb
 * ("森林覆盖率 达到 22.4%"), or, when the clause opens with the verb, the noun between verb and
 * number ("增加 引调水量 30亿立方米"). Numbers that only qualify a noun ("65蒸吨/小时以下燃煤锅炉",
 * "2万以上的镇区") are not values. "A、B…分别达到80%和90%" gives one value per list item.
 */
final class QuantitativeClause {

    /** A value whose indicator must come from the clause before ("完成4.5%的核验目标"). */
    static final String BORROW = "\u0000borrow";

    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\d.A-Za-z_{—\\-~～/第])\\d+(?:\\.\\d+)?(?![\\d.])");
    private static final String LIST_JOINERS = "和及、与或";
    private static final String FINAL_TAIL_STARTS = "和及、与或的(（";

    private final QuantityParser parser;
    private final ComparatorClassifier classifier;
    private final IndicatorPhrase phrase;
    private final List<Pattern> genericObjects;
    private final List<String> leadVerbs;

    QuantitativeClause(TargetRules rules, QuantityParser parser, ComparatorClassifier classifier, IndicatorPhrase phrase) {
        this.parser = parser;
        this.classifier = classifier;
        this.phrase = phrase;
        this.genericObjects = rules.patterns("generic-object");
        this.leadVerbs = rules.words("lead-verb");
    }

    List<TargetDraft> analyse(String original, String text, Span clause) {
        List<Quantity> quantities = candidates(text, clause);
        List<TargetDraft> out = new ArrayList<>();
        List<Integer> group = new ArrayList<>(); // indices in out sharing one subject ("分别")
        Span groupSubject = null;
        String lastVerb = "";
        int prevEnd = clause.start();
        for (Quantity q : quantities) {
            if (q.start() < prevEnd) {
                continue;
            }
            String region = text.substring(prevEnd, q.start());
            String joiner = region.strip();
            if (!out.isEmpty() && prevEnd > clause.start() && joiner.length() == 1 && LIST_JOINERS.contains(joiner)) {
                TargetDraft prev = out.get(out.size() - 1);
                out.add(new TargetDraft(TargetKind.QUANTITATIVE, prev.indicatorSpan(), prev.indicator(),
                        classifier.classify(lastVerb, q.bound()), q.value(), q.unit(), q.unitCode(), prev.scope(), q.end()));
                group.add(out.size() - 1);
                prevEnd = q.suffixEnd();
                continue;
            }
            ComparatorClassifier.VerbAt verb = classifier.verbStart(region);
            String tail = text.substring(q.suffixEnd(), clause.end()).strip();
            boolean valueFinal = tail.isEmpty() || FINAL_TAIL_STARTS.indexOf(tail.charAt(0)) >= 0;
            if (!q.hasUnit() && (verb == null || verb.index() + verb.length() != region.stripTrailing().length()
                    || !tail.isEmpty())) {
                continue;
            }
            boolean leading = false;
            if (!valueFinal) {
                boolean lastInClause = quantities.get(quantities.size() - 1) == q;
                boolean percentFirst = "percent".equals(q.unitKind()) && verb == null;
                boolean countAfterVerb = "count".equals(q.unitKind()) && endsWithAny(region.strip(), leadVerbs);
                if (!lastInClause || !(percentFirst || countAfterVerb)) {
                    continue;
                }
                leading = true; // "全区40%以上沙化土地得到治理", "建成30个国家级重点实验室"
            }
            int subjectEnd = verb == null ? q.start() : prevEnd + verb.index();
            String verbText = verb == null ? "" : region.substring(verb.index());
            IndicatorPhrase.Stripped front = phrase.stripFront(text, skipJoiners(text, new Span(prevEnd, subjectEnd)));
            Span subject = phrase.stripBack(text, front.phrase());
            subject = dropLeadVerb(text, subject); // "建成淤地坝30座", "形成3800万吨标准煤的节能能力"
            Span indicator = null;
            String name = null;
            int quoteEnd = boundEnd(text, q); // "稳定在45%以上": the quote keeps the bound word
            if (leading) {
                indicator = ClauseSplitter.trim(text, new Span(q.suffixEnd(), clause.end()));
                quoteEnd = clause.end();
            } else if (subject.length() >= 2) {
                indicator = subject;
            } else {
                Span between = verb == null ? new Span(q.start(), q.start())
                        : phrase.stripBack(text, new Span(prevEnd + verb.index() + verb.length(), q.start()));
                if (between.length() >= 2) {
                    indicator = between;
                } else if (tail.startsWith("的") && !isGeneric(tail)) {
                    indicator = ClauseSplitter.trim(text, new Span(text.indexOf('的', q.suffixEnd()) + 1, clause.end()));
                    quoteEnd = indicator.end();
                } else {
                    name = BORROW;
                }
            }
            out.add(new TargetDraft(TargetKind.QUANTITATIVE, indicator, name,
                    leading ? classifier.classify("", q.bound()) : classifier.classify(verbText, q.bound()),
                    q.value(), q.unit(), q.unitCode(), front.scope(), quoteEnd));
            distribute(original, out, group, groupSubject, phrase);
            group = new ArrayList<>(List.of(out.size() - 1));
            groupSubject = indicator;
            lastVerb = verbText;
            prevEnd = leading ? clause.end() : q.suffixEnd();
        }
        distribute(original, out, group, groupSubject, phrase);
        return out;
    }

    /** Unit quantities plus bare numbers right after a verb ("提高到0.65"). */
    private List<Quantity> candidates(String text, Span clause) {
        List<Quantity> found = new ArrayList<>(parser.find(text, clause.start(), clause.end()));
        Matcher m = BARE_NUMBER.matcher(text).region(clause.start(), clause.end());
        while (m.find()) {
            boolean covered = false;
            for (Quantity q : found) {
                covered |= m.start() < q.suffixEnd() && q.start() < m.end();
            }
            if (!covered) {
                Quantity bare = parser.bareAt(text, m.start(), clause.end());
                if (bare != null) {
                    found.add(bare);
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Quantity::start));
        return found;
    }

    private Span dropLeadVerb(String text, Span subject) {
        String s = subject.of(text);
        for (String v : leadVerbs) {
            if (s.startsWith(v)) {
                return new Span(subject.start() + v.length(), subject.end());
            }
        }
        return subject;
    }

    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isGeneric(String tail) {
        for (Pattern p : genericObjects) {
            if (p.matcher(tail).find()) {
                return true;
            }
        }
        return false;
    }

    private static Span skipJoiners(String text, Span s) {
        int i = s.start();
        while (i < s.end() && ("、,，;；:：".indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return new Span(i, s.end());
    }

    /** "A、B 分别 x和y": names the values after the list items when the counts agree. */
    private static void distribute(String text, List<TargetDraft> out, List<Integer> group, Span subject,
                                   IndicatorPhrase phrase) {
        if (group.size() < 2 || subject == null) {
            return;
        }
        List<Span> items = ClauseSplitter.pieces(text, subject);
        if (items.size() != group.size()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (Span s : items) {
            parts.add(s.of(text));
        }
        List<String> names = phrase.distribute(parts);
        for (int i = 0; i < group.size(); i++) {
            int idx = group.get(i);
            out.set(idx, out.get(idx).withIndicator(names.get(i)));
        }
    }

    /** The end of the value's bound word ("45%以上", "17%左右"), or of the value when it has none. */
    private static int boundEnd(String text, Quantity q) {
        if (q.bound().isEmpty()) {
            return q.end();
        }
        int at = text.indexOf(q.bound(), q.end());
        return at >= 0 && at < q.suffixEnd() ? at + q.bound().length() : q.end();
    }
}
