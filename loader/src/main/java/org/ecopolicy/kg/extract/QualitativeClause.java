package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecopolicy.kg.model.Comparator;
import org.ecopolicy.kg.model.TargetKind;

/**
 * Reads a number-free clause under a deadline as qualitative targets. Two shapes count: subject +
 * outcome ("国土空间开发保护格局得到优化", "A、B以及C达到…要求": one target per subject) and outcome
 * verb + object ("建立完善的自然保护地管理体系", "基本完成…排污口整治"). Process clauses
 * ("加快推进…", "逐步扩大…") do not count; a bare "达到/完成…目标任务" is reported as a continuation
 * of the clause before it.
 */
final class QualitativeClause {

    /** What a clause yields: targets, or the signal that it only continues the previous clause. */
    record Result(List<TargetDraft> targets, boolean continuation) {
        static Result none() {
            return new Result(List.of(), false);
        }
    }

    private final IndicatorPhrase phrase;
    private final List<String> weakStarts;
    private final List<String> leadVerbs;
    private final List<String> adverbs;
    private final List<String> outcomeCues;
    private final List<String> falseCues;
    private final List<String> nounFollowers;
    private final List<Pattern> continuation;
    private final List<Pattern> genericObjects;
    private final List<Pattern> listSummaries;
    private final List<String> vetoes;

    QualitativeClause(TargetRules rules, IndicatorPhrase phrase) {
        this.phrase = phrase;
        this.weakStarts = rules.words("weak-start");
        this.leadVerbs = rules.words("lead-verb");
        this.adverbs = rules.words("adverb");
        List<String> cues = new ArrayList<>(rules.words("adverb"));
        cues.addAll(rules.words("outcome-verb"));
        cues.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.outcomeCues = cues;
        this.falseCues = rules.words("false-cue");
        this.nounFollowers = rules.words("noun-follower");
        this.continuation = rules.patterns("continuation");
        this.genericObjects = rules.patterns("generic-object");
        this.listSummaries = rules.patterns("list-summary");
        this.vetoes = rules.words("clause-veto");
    }

    Result analyse(String text, Span clause) {
        IndicatorPhrase.Stripped lead = phrase.stripFront(text, clause);
        Span body = lead.phrase();
        if (body.length() < 2) {
            return Result.none();
        }
        String b = body.of(text);
        if (startsWithAny(b, 0, weakStarts) >= 0 || vetoes.stream().anyMatch(b::contains)) {
            return Result.none();
        }
        for (Pattern p : continuation) {
            if (p.matcher(b).find()) {
                return new Result(List.of(), true);
            }
        }
        List<Span> pieces = ClauseSplitter.pieces(text, body);
        if (pieces.size() == 1) {
            return new Result(single(text, body, body, false, lead.scope()), false);
        }
        Span first = pieces.get(0);
        Span last = pieces.get(pieces.size() - 1);
        int lastPred = predicateStart(text, last);
        if (verbEnd(text, first) < 0 && lastPred >= 0 && endsInNounPhrase(text, new Span(lastPred, last.end()))) {
            return Result.none(); // "A、B、C得到认可的重点旗县": a noun phrase, no outcome of its own
        }
        boolean modifierList = (verbEnd(text, first) >= 0 && phrase.containsDe(text, last))
                || (lastPred >= 0 && phrase.containsDe(text, new Span(last.start(), lastPred)))
                || (!hasPredicate(text, last) && phrase.containsDe(text, last));
        if (modifierList) {
            return new Result(single(text, body, last, true, lead.scope()), false);
        }
        return new Result(groups(text, pieces, lead.scope()), false);
    }

    /** The verb's object is "…的X" with X not a generic goal word (要求, 目标, 标准). */
    private boolean endsInNounPhrase(String text, Span predicate) {
        if (!phrase.containsDe(text, predicate)) {
            return false;
        }
        Span head = phrase.afterLastDe(text, predicate);
        if (head.start() == predicate.start()) {
            return false;
        }
        String tail = text.substring(head.start() - 1, head.end());
        for (Pattern p : genericObjects) {
            if (p.matcher(tail).find()) {
                return false;
            }
        }
        return !tail.endsWith("标准") && !tail.endsWith("水平");
    }

    /** The object of a verb that stands before the deadline ("力争实现 2030年底前 X"). */
    List<TargetDraft> objectOfEarlierVerb(String text, Span part) {
        IndicatorPhrase.Stripped object = phrase.stripFront(text, part, true);
        Span indicator = phrase.dropModifier(text, object.phrase());
        if (indicator.length() < 2 || startsWithAny(indicator.of(text), 0, weakStarts) >= 0) {
            return List.of();
        }
        return List.of(draft(indicator, object.scope(), part.end()));
    }

    /** True when {@code s} ends with an outcome verb ("力争实现"). */
    boolean endsWithLeadVerb(String s) {
        String t = s.strip();
        for (String v : leadVerbs) {
            if (t.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** One clause read as a whole; the predicate is looked for in {@code predicateZone}. */
    private List<TargetDraft> single(String text, Span body, Span predicateZone, boolean modifierList, Span scope) {
        List<TargetDraft> out = new ArrayList<>();
        int verbEnd = verbEnd(text, body);
        if (verbEnd >= 0) {
            IndicatorPhrase.Stripped object = phrase.stripFront(text, new Span(verbEnd, body.end()), true);
            Span indicator = phrase.dropModifier(text, object.phrase());
            if (indicator.length() >= 2) {
                out.add(draft(indicator, scope != null ? scope : object.scope(), body.end()));
            }
            return out;
        }
        int pred = predicateStart(text, predicateZone);
        if (pred < 0 || pred <= body.start()) {
            return out;
        }
        Span subject = phrase.stripBack(text, new Span(body.start(), pred));
        if (modifierList || phrase.containsDe(text, subject)) {
            out.add(draft(phrase.afterLastDe(text, subject), scope, body.end()));
            return out;
        }
        Span summary = summarised(text, subject);
        if (summary != null) {
            out.add(draft(summary, scope, body.end()));
            return out;
        }
        for (Span s : phrase.splitSubjects(text, subject)) {
            out.add(draft(s, scope, body.end()));
        }
        return out;
    }

    /** Pieces grouped so that each group ends with the piece holding its predicate. */
    private List<TargetDraft> groups(String text, List<Span> pieces, Span scope) {
        List<List<Span>> groups = new ArrayList<>();
        List<Span> current = new ArrayList<>();
        for (Span p : pieces) {
            current.add(p);
            if (hasPredicate(text, p)) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            if (groups.isEmpty()) {
                return List.of();
            }
            groups.get(groups.size() - 1).addAll(current); // trailing objects of the last verb
        }
        List<TargetDraft> out = new ArrayList<>();
        for (List<Span> g : groups) {
            int closing = 0;
            while (!hasPredicate(text, g.get(closing))) {
                closing++;
            }
            Span close = g.get(closing);
            int end = g.get(g.size() - 1).end();
            int verbEnd = verbEnd(text, close);
            if (verbEnd >= 0) {
                Span object = g.size() > closing + 1 ? g.get(g.size() - 1) : new Span(verbEnd, close.end());
                IndicatorPhrase.Stripped o = phrase.stripFront(text, object, true);
                Span indicator = phrase.dropModifier(text, o.phrase());
                if (indicator.length() >= 2) {
                    out.add(draft(indicator, scope != null ? scope : o.scope(), end));
                }
                continue;
            }
            int pred = predicateStart(text, close);
            Span subject = phrase.stripBack(text, new Span(close.start(), pred));
            Span summary = summarised(text, subject);
            if (summary != null) {
                out.add(draft(summary, scope, end)); // "森林、草原、…、农田六大生态系统"
                continue;
            }
            for (int i = 0; i < closing; i++) {
                Span s = phrase.stripBack(text, phrase.stripFront(text, g.get(i)).phrase());
                if (s.length() >= 2) {
                    out.add(draft(s, scope, end));
                }
            }
            for (Span s : phrase.splitSubjects(text, subject)) {
                out.add(draft(s, scope, end));
            }
        }
        return out;
    }

    /** The summarising head of a list subject ("…、农田六大生态系统" gives 六大生态系统), or null. */
    private Span summarised(String text, Span subject) {
        for (Pattern p : listSummaries) {
            java.util.regex.Matcher m = p.matcher(text).region(subject.start(), subject.end());
            if (m.find()) {
                return new Span(m.start(), subject.end());
            }
        }
        return null;
    }

    private static TargetDraft draft(Span indicator, Span scope, int quoteEnd) {
        return new TargetDraft(TargetKind.QUALITATIVE, indicator, null, Comparator.NONE, null, null, null, scope,
                quoteEnd);
    }

    private boolean hasPredicate(String text, Span piece) {
        return verbEnd(text, piece) >= 0 || predicateStart(text, piece) >= 0;
    }

    /** End of "adverbs + outcome verb" at the start of {@code s}, or -1 when it does not open so. */
    int verbEnd(String text, Span s) {
        int i = s.start();
        boolean moved = true;
        while (moved) {
            moved = false;
            int a = startsWithAny(text, i, adverbs, s.end());
            if (a > 0) {
                i += a;
                moved = true;
            }
        }
        int v = startsWithAny(text, i, leadVerbs, s.end());
        if (v <= 0 || i + v >= s.end() || startsWithAny(text, i + v, nounFollowers, s.end()) > 0) {
            return -1;
        }
        return i + v;
    }

    /** First outcome cue after the first character of {@code s} (absolute offset), or -1. */
    int predicateStart(String text, Span s) {
        for (int i = s.start() + 1; i < s.end(); i++) {
            int f = startsWithAny(text, i, falseCues, s.end());
            if (f > 0) {
                i += f - 1;
                continue;
            }
            int c = startsWithAny(text, i, outcomeCues, s.end());
            if (c > 0 && startsWithAny(text, i + c, nounFollowers, s.end()) <= 0
                    && ClauseSplitter.depth(text, s.start(), i) == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int startsWithAny(String text, int i, List<String> words, int end) {
        for (String w : words) {
            if (i + w.length() <= end && text.startsWith(w, i)) {
                return w.length();
            }
        }
        return -1;
    }

    private static int startsWithAny(String s, int i, List<String> words) {
        return startsWithAny(s, i, words, s.length());
    }
}
