package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.model.TargetKind;

/**
 * Finds every target and baseline in a document's text, independent of its structure (the measure
 * holding a target is decided later from the offsets).
 *
 * <p>Per sentence: the years are classified ({@link DeadlineFinder}); each deadline governs the
 * clauses after it up to the next year of the sentence; each clause is read for values
 * ({@link QuantitativeClause}) or, when it has none, for qualitative outcomes
 * ({@link QualitativeClause}). Baseline years yield only values, flagged {@code baseline}.
 * Evidence runs from the deadline trigger to the end of the value (or outcome clause).
 */
public final class TargetExtractor {

    private final DeadlineFinder deadlines;
    private final QuantitativeClause quantitative;
    private final QualitativeClause qualitative;
    private final TargetRules rules;
    private final java.util.Set<String> inheritableScopes;
    private final GoalContext goals;

    public TargetExtractor() {
        this(TargetRules.defaults());
    }

    public TargetExtractor(TargetRules rules) {
        this.rules = rules;
        java.util.Set<String> inheritable = new java.util.HashSet<>(rules.words("inheritable-scope"));
        inheritable.addAll(rules.words("scope-place"));
        this.inheritableScopes = java.util.Set.copyOf(inheritable);
        IndicatorPhrase phrase = new IndicatorPhrase(rules);
        this.deadlines = new DeadlineFinder(rules);
        this.goals = new GoalContext(rules);
        this.quantitative = new QuantitativeClause(rules, new QuantityParser(rules), new ComparatorClassifier(rules), phrase);
        this.qualitative = new QualitativeClause(rules, phrase);
    }

    public List<Target> extract(Document doc) {
        String text = doc.text().normalized();
        String original = doc.text().original();
        Integer docYear = DocumentYear.of(doc, rules);
        Map<String, Target> out = new LinkedHashMap<>();
        YearMention carried = null; // the deadline governing the sentences after it ("到2025年，A达到x。B达到y。")
        int carriedUntil = -1;
        for (Span sentence : ClauseSplitter.sentences(text)) {
            List<YearMention> mentions = deadlines.find(text, sentence, docYear);
            if (mentions.isEmpty() && carried != null && sentence.start() < carriedUntil) {
                int textStart = goals.afterItemLabel(text, sentence.start());
                mentions = List.of(new YearMention(carried.quoteStart(), textStart, textStart,
                        carried.year(), YearMention.Role.TARGET));
            } else if (mentions.isEmpty()) {
                Integer headingYear = goals.headingYear(text, sentence.start()); // "（一）近期目标（2023—2025年）"
                if (headingYear != null && (docYear == null || headingYear >= docYear)) {
                    int textStart = goals.afterItemLabel(text, sentence.start());
                    mentions = List.of(new YearMention(textStart, textStart, textStart, headingYear,
                            YearMention.Role.TARGET));
                }
            } else if (!mentions.isEmpty()) {
                YearMention last = mentions.get(mentions.size() - 1);
                carriedUntil = last.role() == YearMention.Role.TARGET
                        ? goals.governedEnd(text, mentions.get(0).quoteStart(), last.end()) : -1;
                carried = carriedUntil < 0 ? null : last;
            }
            List<Span> clauses = ClauseSplitter.clauses(text, sentence);
            TargetDraft previousInSentence = null; // "到2024年，A达到35%；到2025年，达到40%": the second value is A's
            for (int i = 0; i < mentions.size(); i++) {
                YearMention m = mentions.get(i);
                int scopeEnd = sentence.end();
                for (int j = i + 1; j < mentions.size(); j++) {
                    if (mentions.get(j).start() > m.start()) { // coordinated years share their deadline's clauses
                        scopeEnd = mentions.get(j).quoteStart();
                        break;
                    }
                }
                int previousEnd = i > 0 && mentions.get(i - 1).start() < m.start() ? mentions.get(i - 1).end()
                        : sentence.start();
                List<Drafted> drafted = respective(text, sentence, mentions, m,
                        scope(original, text, m, clauses, scopeEnd, previousEnd, previousInSentence));
                if (!drafted.isEmpty()) {
                    previousInSentence = drafted.get(drafted.size() - 1).draft();
                }
                for (Drafted d : drafted) {
                    Target t = toTarget(doc, original, m, d);
                    if (t != null) {
                        out.putIfAbsent(key(t), t);
                    }
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * Coordinated deadlines with 分别 and one value each ("到2026年和2030年，A分别达到65%和72%") pair
     * in the order written: the k-th year takes the k-th value.
     */
    private static List<Drafted> respective(String text, Span sentence, List<YearMention> mentions, YearMention m,
                                            List<Drafted> drafted) {
        List<YearMention> group = mentions.stream().filter(x -> x.start() == m.start()).toList();
        List<Drafted> values = drafted.stream().filter(d -> d.draft().kind() == TargetKind.QUANTITATIVE).toList();
        if (group.size() < 2 || values.size() != group.size() || !sentence.of(text).contains("分别")) {
            return drafted;
        }
        return List.of(values.get(group.indexOf(m)));
    }

    /** A draft with where its quote starts. */
    private record Drafted(TargetDraft draft, int quoteStart) {
    }

    private List<Drafted> scope(String original, String text, YearMention m, List<Span> clauses, int scopeEnd, int previousEnd,
                                TargetDraft previousInSentence) {
        List<Drafted> drafts = new ArrayList<>();
        boolean baseline = m.role() == YearMention.Role.BASELINE;
        int lastClauseDrafts = 0; // drafts of the clause before the current one
        for (Span c : clauses) {
            Span part = ClauseSplitter.trim(text, new Span(Math.max(c.start(), m.end()), Math.min(c.end(), scopeEnd)));
            part = skipPunctuation(text, part);
            if (part.isEmpty() || part.start() >= scopeEnd) {
                continue;
            }
            int before = drafts.size();
            if (c.start() < m.start() && m.start() < c.end() && deadlines.standsBeforeItsValue(text, c, m)
                    && addWholeClause(original, text, c, m, previousEnd, scopeEnd, drafts)) {
                lastClauseDrafts = drafts.size() - before;
                continue;
            }
            List<TargetDraft> values = quantitative.analyse(original, text, part);
            if (!values.isEmpty()) {
                for (TargetDraft v : values) {
                    if (QuantitativeClause.BORROW.equals(v.indicator())) {
                        v = borrow(drafts, v, lastClauseDrafts, previousInSentence);
                        if (v == null) {
                            continue;
                        }
                    }
                    drafts.add(new Drafted(inheritScope(text, drafts, v), m.quoteStart()));
                }
            } else if (!baseline && c.start() < m.quoteStart()
                    && qualitative.endsWithLeadVerb(text.substring(c.start(), m.quoteStart()))) {
                for (TargetDraft q : qualitative.objectOfEarlierVerb(text, part)) {
                    drafts.add(new Drafted(q, m.quoteStart()));
                }
            } else if (!baseline) {
                QualitativeClause.Result r = qualitative.analyse(text, part);
                if (r.continuation()) {
                    continueLast(text, drafts, part, m, clauses, previousEnd);
                }
                for (TargetDraft q : r.targets()) {
                    drafts.add(new Drafted(inheritScope(text, drafts, q), m.quoteStart()));
                }
            }
            lastClauseDrafts = drafts.size() - before;
        }
        return drafts;
    }

    /**
     * "全市单位地区生产总值能耗2025年比2020年下降15%": the deadline stands inside the clause, so the
     * clause is read whole, the indicator before the year included; each quote runs from the target's
     * scope or indicator to its value. False when the clause gives no value with its own indicator.
     */
    private boolean addWholeClause(String original, String text, Span clause, YearMention m, int previousEnd, int scopeEnd,
                                   List<Drafted> drafts) {
        Span whole = skipPunctuation(text, ClauseSplitter.trim(text,
                new Span(Math.max(clause.start(), previousEnd), Math.min(clause.end(), scopeEnd))));
        List<Drafted> found = new ArrayList<>();
        for (TargetDraft v : quantitative.analyse(original, text, whole)) {
            if (v.indicatorSpan() == null) {
                continue;
            }
            int start = Math.min(m.start(), v.indicatorSpan().start());
            if (v.scope() != null) {
                start = Math.min(start, v.scope().start());
            }
            found.add(new Drafted(inheritScope(text, drafts, v), start));
        }
        drafts.addAll(found);
        return !found.isEmpty();
    }

    /**
     * A value without its own indicator takes the one of the clause before ("…下降率保持逐渐降低，完成4.5%"),
     * or, opening a later deadline's part of the sentence, the one of the earlier deadline's last
     * target ("到2024年，回收利用率达到35%；到2025年，达到40%").
     */
    private static TargetDraft borrow(List<Drafted> drafts, TargetDraft value, int lastClauseDrafts,
                                      TargetDraft previousInSentence) {
        if (drafts.isEmpty()) {
            if (previousInSentence != null && previousInSentence.kind() == TargetKind.QUANTITATIVE
                    && java.util.Objects.equals(previousInSentence.unitCode(), value.unitCode())) {
                return new TargetDraft(value.kind(), previousInSentence.indicatorSpan(), previousInSentence.indicator(),
                        value.comparator(), value.value(), value.unit(), value.unitCode(), previousInSentence.scope(),
                        value.quoteEnd());
            }
            return value.withIndicator(null);
        }
        Drafted last = drafts.get(drafts.size() - 1);
        if (last.draft().kind() == TargetKind.QUALITATIVE && lastClauseDrafts > 0) {
            drafts.remove(drafts.size() - 1); // the outcome is now stated with a number
        }
        TargetDraft src = last.draft();
        return new TargetDraft(value.kind(), src.indicatorSpan(), src.indicator(), value.comparator(), value.value(),
                value.unit(), value.unitCode(), src.scope(), value.quoteEnd());
    }

    /** "…，达到自治区考核目标": extends the previous target, or takes its subject from the clause before the deadline. */
    private void continueLast(String text, List<Drafted> drafts, Span part, YearMention m, List<Span> clauses,
                              int previousEnd) {
        if (!drafts.isEmpty()) {
            Drafted last = drafts.remove(drafts.size() - 1);
            drafts.add(new Drafted(last.draft().withQuoteEnd(part.end()), last.quoteStart()));
            return;
        }
        Span prior = null;
        for (Span c : clauses) {
            if (c.end() <= m.quoteStart() && c.start() >= previousEnd) {
                prior = c;
            }
        }
        if (prior == null) {
            return;
        }
        QualitativeClause.Result r = qualitative.analyse(text, prior);
        if (!r.targets().isEmpty()) {
            TargetDraft d = r.targets().get(0);
            int start = d.indicatorSpan() == null ? prior.start() : d.indicatorSpan().start();
            if (d.scope() != null) {
                start = Math.min(start, d.scope().start());
            }
            drafts.add(new Drafted(d.withQuoteEnd(part.end()), start));
        }
    }

    /**
     * A target naming no scope keeps the jurisdiction-wide scope (全旗, 各盟市) or gazetteer place
     * (十大孔兑) of the one before it under the same deadline; a zone found only by pattern
     * (…工业园区, ad-hoc lists of lakes) stays with its own clause.
     */
    private TargetDraft inheritScope(String text, List<Drafted> drafts, TargetDraft d) {
        if (d.scope() != null || drafts.isEmpty()) {
            return d;
        }
        TargetDraft prev = drafts.get(drafts.size() - 1).draft();
        if (prev.scope() == null || !inheritableScopes.contains(prev.scope().of(text))) {
            return d;
        }
        return new TargetDraft(d.kind(), d.indicatorSpan(), d.indicator(), d.comparator(), d.value(), d.unit(),
                d.unitCode(), prev.scope(), d.quoteEnd());
    }

    private static Span skipPunctuation(String text, Span s) {
        int i = s.start();
        while (i < s.end() && ("、,，;；:：".indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return new Span(i, s.end());
    }

    private static Target toTarget(Document doc, String original, YearMention m, Drafted d) {
        boolean baseline = m.role() == YearMention.Role.BASELINE;
        if (!baseline && (m.year() < 2000 || m.year() > 2100)) {
            return null;
        }
        TargetDraft t = d.draft();
        String indicator = t.indicatorIn(original);
        if (indicator.isEmpty()) {
            return null;
        }
        int start = Math.min(d.quoteStart(), t.quoteEnd());
        Evidence evidence = Evidence.of(doc, start, t.quoteEnd());
        String scope = t.scope() == null ? null : t.scope().of(original).strip();
        return new Target(doc.id(), m.year(), t.kind(), indicator, t.comparator(), t.value(), t.unit(), t.unitCode(),
                scope, baseline, evidence);
    }

    private static String key(Target t) {
        return t.year() + "|" + t.kind() + "|" + t.indicator() + "|" + t.value() + "|" + t.unit() + "|"
                + t.evidence().start() + "|" + t.evidence().end() + "|" + t.baseline();
    }
}
