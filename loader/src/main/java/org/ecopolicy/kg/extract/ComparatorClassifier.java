package org.ecopolicy.kg.extract;

import java.util.List;
import org.ecopolicy.kg.model.Comparator;

/**
 * Reads the verb between an indicator and its value ("达到", "不低于", "下降", "控制在") plus the
 * bound word after the value ("以上", "以下") and picks the comparator of the strongest cue.
 * Also tells where that verb starts, i.e. where the indicator ends.
 */
final class ComparatorClassifier {

    /** Where a verb cue starts inside a region and how long it is. */
    record VerbAt(int index, int length) {
    }

    private final List<TargetRules.Cue> cues;
    private final List<String> falseCues;
    private final List<String> nounFollowers;

    ComparatorClassifier(TargetRules rules) {
        this.cues = rules.cues();
        this.falseCues = rules.words("false-cue");
        this.nounFollowers = rules.words("noun-follower");
    }

    /** The first verb cue of {@code region} (relative index), or null if it has none. */
    VerbAt verbStart(String region) {
        for (int i = 0; i < region.length(); i++) {
            if (startsWithAny(region, i, falseCues)) {
                continue;
            }
            TargetRules.Cue cue = verbCueAt(region, i);
            if (cue == null) {
                continue;
            }
            int after = i + cue.text().length();
            if (startsWithAny(region, after, nounFollowers) && after < region.length()) {
                continue; // "下降率", "完成率": a noun, not a verb
            }
            if (cue.adjacent() && !followedByValueOrCue(region, after)) {
                continue;
            }
            return new VerbAt(i, cue.text().length());
        }
        return null;
    }

    Comparator classify(String verbText, String bound) {
        TargetRules.Cue best = null;
        int i = 0;
        while (i < verbText.length()) {
            TargetRules.Cue cue = verbCueAt(verbText, i);
            if (cue == null) {
                i++;
                continue;
            }
            if (best == null || cue.priority() > best.priority()) {
                best = cue;
            }
            i += cue.text().length();
        }
        for (TargetRules.Cue cue : cues) {
            if (cue.suffix() && cue.text().equals(bound) && (best == null || cue.priority() > best.priority())) {
                best = cue;
            }
        }
        return best == null ? Comparator.EQUAL : best.comparator();
    }

    private TargetRules.Cue verbCueAt(String s, int i) {
        for (TargetRules.Cue cue : cues) {
            if (!cue.suffix() && s.startsWith(cue.text(), i)) {
                return cue;
            }
        }
        return null;
    }

    private boolean followedByValueOrCue(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i >= s.length() || Character.isDigit(s.charAt(i)) || verbCueAt(s, i) != null;
    }

    private static boolean startsWithAny(String s, int i, List<String> words) {
        for (String w : words) {
            if (s.startsWith(w, i)) {
                return true;
            }
        }
        return false;
    }
}
