package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trims a phrase down to its indicator: lead words (确保, 力争, 使) and scope words (全旗, 各盟市,
 * 鄂尔多斯) come off the front, adverbs (均, 分别, 持续改善) off the back, modifiers before the last
 * 的 where they are lists or adjectives; and splits shared-predicate subject lists (A、B以及C).
 */
final class IndicatorPhrase {

    /** A phrase after stripping: what remains and the scope found in front of it (may be null). */
    record Stripped(Span phrase, Span scope) {
    }

    private static final Pattern COMPARISON_BASE = Pattern.compile("^(?:比|较|与|同|相比)\\s*\\d{4}\\s*年(?:底|末)?(?:相比)?\\s*");
    private static final Pattern TRAILING_COMPARISON_BASE = Pattern.compile("(?:比|较|与|同)\\s*\\d{4}\\s*年(?:底|末)?(?:相比)?\\s*$");
    /** "能耗2025年": a deadline standing after its indicator is no part of it. */
    private static final Pattern TRAILING_YEAR = Pattern.compile("\\d{4}\\s*年(?:底|末)?\\s*$");

    private final List<String> leadWords;
    private final List<String> scopeWords;
    private final List<Pattern> scopePatterns;
    private final List<Pattern> objectScopePatterns;
    private final List<String> places;
    private final List<String> placeSuffixes;
    private final List<String> trailWords;
    private final List<String> adjectives;
    private final List<String> connectors;
    private final List<String> heads;

    IndicatorPhrase(TargetRules rules) {
        this.leadWords = rules.words("lead-strip");
        this.scopeWords = rules.words("scope-word");
        this.places = rules.words("scope-place");
        this.placeSuffixes = rules.words("scope-place-suffix");
        this.scopePatterns = rules.patterns("scope-regex");
        this.objectScopePatterns = rules.patterns("object-scope-regex");
        this.trailWords = rules.words("trail-strip");
        this.adjectives = rules.words("modifier-adjective");
        this.connectors = rules.words("subject-connector");
        this.heads = rules.words("indicator-head");
    }

    /** Strips lead words and scope words (repeatedly, in any order) off the front of {@code span}. */
    Stripped stripFront(String text, Span span) {
        return stripFront(text, span, false);
    }

    /**
     * As {@link #stripFront(String, Span)}; {@code object} also allows scope patterns meant for verb
     * objects ("重点流域范围内所有排污口排查").
     */
    Stripped stripFront(String text, Span span, boolean object) {
        Span s = ClauseSplitter.trim(text, span);
        Span scope = null;
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String str = s.of(text);
            Matcher base = COMPARISON_BASE.matcher(str);
            if (base.find()) {
                s = ClauseSplitter.trim(text, new Span(s.start() + base.end(), s.end()));
                changed = true;
                continue;
            }
            for (String w : leadWords) {
                if (str.startsWith(w)) {
                    s = ClauseSplitter.trim(text, new Span(s.start() + w.length(), s.end()));
                    changed = true;
                    break;
                }
            }
            if (changed) {
                continue;
            }
            int[] found = scopeAtFront(text, s, object);
            if (found != null) {
                Span here = new Span(s.start(), found[0]);
                if (!here.isEmpty()) {
                    scope = scope == null ? here : new Span(scope.start(), here.end());
                }
                s = ClauseSplitter.trim(text, new Span(found[1], s.end()));
                changed = true;
            }
        }
        return new Stripped(s, scope);
    }

    /** {scope end, phrase start} of a scope word, place name or scope pattern at the front, or null. */
    private int[] scopeAtFront(String text, Span s, boolean object) {
        String str = s.of(text);
        for (String w : scopeWords) {
            if (str.startsWith(w)) {
                return new int[] {s.start() + w.length(), s.start() + w.length()};
            }
        }
        for (String w : places) {
            if (str.startsWith(w)) {
                int end = w.length();
                for (String suffix : placeSuffixes) {
                    if (str.startsWith(suffix, end)) {
                        end += suffix.length();
                        break;
                    }
                }
                return new int[] {s.start() + end, s.start() + end};
            }
        }
        List<Pattern> patterns = new ArrayList<>(scopePatterns);
        if (object) {
            patterns.addAll(objectScopePatterns);
        }
        for (Pattern p : patterns) {
            Matcher m = p.matcher(str);
            if (m.find() && m.start() == 0 && m.end() > 0) {
                // group 1 is the scope; the rest of the match (所有, 全部) is dropped too
                return new int[] {s.start() + m.end(1), s.start() + m.end()};
            }
        }
        return null;
    }

    /** Strips trailing adverbs ("均", "分别", "持续改善") off the back. */
    Span stripBack(String text, Span span) {
        Span s = ClauseSplitter.trim(text, span);
        boolean changed = true;
        while (changed && !s.isEmpty()) {
            changed = false;
            String str = s.of(text);
            Matcher base = TRAILING_COMPARISON_BASE.matcher(str);
            if (!base.find() || base.start() == 0) {
                base = TRAILING_YEAR.matcher(str);
            }
            if (base.find(0) && base.start() > 0) {
                s = ClauseSplitter.trim(text, new Span(s.start(), s.start() + base.start()));
                changed = true;
                continue;
            }
            for (String w : trailWords) {
                if (str.endsWith(w) && str.length() > w.length()) {
                    s = ClauseSplitter.trim(text, new Span(s.start(), s.end() - w.length()));
                    changed = true;
                    break;
                }
            }
        }
        return s;
    }

    /** The part after the last 的 (outside brackets), if at least two characters remain. */
    Span afterLastDe(String text, Span s) {
        int de = lastDe(text, s);
        if (de < 0 || s.end() - (de + 1) < 2) {
            return s;
        }
        return new Span(de + 1, s.end());
    }

    /** Drops a modifier before the last 的 when it is a list (has 、) or ends with an adjective. */
    Span dropModifier(String text, Span s) {
        int de = lastDe(text, s);
        if (de < 0 || s.end() - (de + 1) < 2) {
            return s;
        }
        String modifier = text.substring(s.start(), de);
        boolean drop = modifier.indexOf('、') >= 0;
        for (String a : adjectives) {
            drop |= modifier.endsWith(a);
        }
        return drop ? new Span(de + 1, s.end()) : s;
    }

    boolean containsDe(String text, Span s) {
        return lastDe(text, s) >= 0;
    }

    private static int lastDe(String text, Span s) {
        for (int i = s.end() - 1; i >= s.start(); i--) {
            if (text.charAt(i) == '的' && ClauseSplitter.depth(text, s.start(), i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Splits a shared-predicate subject at 、, 以及 and 及 (not 及以上/及以下). */
    List<Span> splitSubjects(String text, Span s) {
        List<Span> out = new ArrayList<>();
        for (Span piece : ClauseSplitter.pieces(text, s)) {
            int start = piece.start();
            int i = piece.start();
            while (i < piece.end()) {
                String hit = connectorAt(text, i, piece.end());
                if (hit != null && ClauseSplitter.depth(text, piece.start(), i) == 0) {
                    addTrimmed(out, text, start, i);
                    i += hit.length();
                    start = i;
                } else {
                    i++;
                }
            }
            addTrimmed(out, text, start, piece.end());
        }
        return out;
    }

    private String connectorAt(String text, int i, int end) {
        for (String c : connectors) {
            if (text.startsWith(c, i) && i + c.length() < end && text.charAt(i + c.length()) != '以') {
                return c;
            }
        }
        return null;
    }

    private static void addTrimmed(List<Span> out, String text, int s, int e) {
        Span t = ClauseSplitter.trim(text, new Span(s, e));
        if (t.length() > 0) {
            out.add(t);
        }
    }

    /**
     * Names for a distributive list "国家重点保护野生动物、野生植物种数保护率 分别 80%和90%": the last
     * part carries the shared head (种数保护率), the first part the shared prefix (国家重点保护). When
     * the items do not line up, the head is the indicator head word of the last part
     * ("二氧化硫、氮氧化物排放量" gives 二氧化硫排放量, 氮氧化物排放量).
     */
    List<String> distribute(List<String> parts) {
        String first = parts.get(0);
        String last = parts.get(parts.size() - 1);
        for (int k = Math.min(first.length(), last.length() - 1); k >= 2; k--) {
            String item = first.substring(first.length() - k);
            if (item.charAt(0) == last.charAt(0) && item.charAt(1) == last.charAt(1)) {
                return named(parts, first.substring(0, first.length() - k), last.substring(k));
            }
        }
        int at = -1;
        for (String h : heads) {
            int i = last.indexOf(h);
            if (i >= 2 && (at < 0 || i < at)) {
                at = i;
            }
        }
        return at < 0 ? parts : named(parts, "", last.substring(at));
    }

    private static List<String> named(List<String> parts, String prefix, String head) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i == 0) {
                out.add(p + head);
            } else if (i == parts.size() - 1) {
                out.add(prefix + p);
            } else {
                out.add(prefix + p + head);
            }
        }
        return out;
    }
}
