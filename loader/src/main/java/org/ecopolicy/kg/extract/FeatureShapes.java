package org.ecopolicy.kg.extract;

import java.util.BitSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import org.ecopolicy.kg.rules.CsvTable;

import static org.ecopolicy.kg.rules.WordLists.firstChars;
import static org.ecopolicy.kg.rules.WordLists.longestFirst;

/**
 * Local lakes, reservoirs, rivers, parks and reserves no gazetteer lists, recognised by their shape: a
 * short name of their own and a feature ending (斧头湖, 郭堡水库, 淤泥湖省级湿地公园); see
 * place-feature-shapes.csv. A place written right before the name only locates the feature.
 */
final class FeatureShapes {

    private static final int MAX_NAME = 4;
    /** Parts of speech a feature's name never opens with: verbs, prepositions, adverbs, pronouns, conjunctions, particles, numerals, measure words. */
    private static final String NON_NAME_OPENERS = "vpdrcumq";

    private final List<String> waterTails;
    private final List<String> parkTails;
    private final List<String> locatedParkTails;
    private final Set<Character> stops;
    private final Set<Character> waterStops;
    private final Set<String> generic;

    private FeatureShapes(List<String> waterTails, List<String> parkTails, List<String> locatedParkTails,
                          Set<Character> stops, Set<Character> waterStops, Set<String> generic) {
        this.waterTails = waterTails;
        this.parkTails = parkTails;
        this.locatedParkTails = locatedParkTails;
        this.stops = stops;
        this.waterStops = waterStops;
        this.generic = generic;
    }

    static FeatureShapes load(String folder) {
        List<CsvTable.Row> rows = CsvTable.read(folder + "place-feature-shapes.csv", "kind", "text");
        return new FeatureShapes(longestFirst(kind(rows, "tail")), longestFirst(kind(rows, "park")),
                longestFirst(kind(rows, "located-park")), firstChars(kind(rows, "stop")), firstChars(kind(rows, "water-stop")),
                Set.copyOf(kind(rows, "generic")));
    }

    private static List<String> kind(List<CsvTable.Row> rows, String kind) {
        return CsvTable.where(rows, "kind", kind, "text");
    }

    /** A feature found by shape: [start, end) with its name before the ending at [start, nameEnd). */
    record Feature(int start, int end) {
    }

    /**
     * A park named after the place that ends at {@code end} (汾河 + 公园, 黄河 + 湿地公园): the end of the
     * park's name, or -1.
     */
    int parkAfter(String text, int end, BitSet wordEdges) {
        for (String tail : java.util.stream.Stream.concat(parkTails.stream(), locatedParkTails.stream()).toList()) {
            if (text.startsWith(tail, end) && closes(text, end + tail.length(), wordEdges)) {
                return end + tail.length();
            }
        }
        return -1;
    }

    /** The feature whose name begins exactly at {@code start} (after a locating place: 太谷|郭堡水库), or null. */
    Feature startingAt(String text, int start, BitSet wordEdges) {
        for (int nameEnd = start + 1; nameEnd <= Math.min(text.length(), start + MAX_NAME); nameEnd++) {
            if (!nameChar(text.charAt(nameEnd - 1), false)) {
                break;
            }
            int end = tailEnd(text, start, nameEnd, wordEdges, true);
            if (end > 0) {
                return new Feature(start, end);
            }
        }
        return null;
    }

    /**
     * Every feature the text names by shape, leftmost first, outside {@code taken}; a name starts at one of
     * HanLP's word edges or right after a place already found ({@code placeEnds}).
     */
    List<Feature> find(String text, BitSet wordEdges, BitSet placeEnds, TextSpans taken) {
        List<Feature> out = new java.util.ArrayList<>();
        for (int start = 0; start < text.length() - 1; start++) {
            if (!nameMayStart(text, start, wordEdges, placeEnds)) {
                continue;
            }
            int best = -1; // the longest feature from here: 淤泥湖省级湿地公园 over 淤泥湖, 滨河公园 over 滨河
            for (int nameEnd = start + 1; nameEnd <= Math.min(text.length() - 1, start + MAX_NAME); nameEnd++) {
                if (!nameChar(text.charAt(nameEnd - 1), false)) {
                    break;
                }
                int end = tailEnd(text, start, nameEnd, wordEdges, placeEnds.get(start));
                if (end > best && !taken.overlaps(start, end)) {
                    best = end;
                }
            }
            if (best > 0) {
                out.add(new Feature(start, best));
                start = best - 1;
            }
        }
        return out;
    }

    /**
     * A feature's name starts after punctuation, a stop character (在, 的, 和), a place found before it or a
     * HanLP word of two or more characters (完成|东湖), not after a lone character cut off a longer run
     * (太|谷郭堡水库).
     */
    private boolean nameMayStart(String text, int start, BitSet wordEdges, BitSet placeEnds) {
        if (!Character.isIdeographic(text.charAt(start))) {
            return false;
        }
        if (start == 0 || placeEnds.get(start)) {
            return true;
        }
        char before = text.charAt(start - 1);
        if (!Character.isIdeographic(before) || stops.contains(before)) {
            return true;
        }
        return wordEdges.get(start) && start - wordEdges.previousSetBit(start - 1) >= 2;
    }

    /** The end of the feature whose name is [start, nameEnd) and whose ending follows it, or -1. */
    private int tailEnd(String text, int start, int nameEnd, BitSet wordEdges, boolean located) {
        String name = text.substring(start, nameEnd);
        List<String> parks = located ? java.util.stream.Stream.concat(parkTails.stream(), locatedParkTails.stream()).toList() : parkTails;
        for (String tail : parks) {
            int end = nameEnd + tail.length();
            if (text.startsWith(tail, nameEnd) && closes(text, end, wordEdges) && validName(name, false, tail, wordEdges, nameEnd)) {
                return end;
            }
        }
        for (String tail : waterTails) {
            int end = nameEnd + tail.length();
            if (text.startsWith(tail, nameEnd) && closes(text, end, wordEdges) && validName(name, true, tail, wordEdges, nameEnd)
                    && !commonWord(name + tail)) {
                return end;
            }
        }
        return -1;
    }

    /** The feature's name ends a word: 湖|口 (湖口, 入湖口) and 河|道 are no lakes or rivers. */
    private static boolean closes(String text, int end, BitSet wordEdges) {
        return end >= text.length() || !Character.isIdeographic(text.charAt(end)) || wordEdges.get(end);
    }

    private boolean validName(String name, boolean water, String tail, BitSet wordEdges, int nameEnd) {
        for (int i = 0; i < name.length(); i++) {
            if (!nameChar(name.charAt(i), water)) {
                return false;
            }
        }
        if (generic.contains(name) || opensWithNonName(name) || holdsVerb(name)) {
            return false;
        }
        if (name.length() == 1) {
            // 东湖 (one word for HanLP) or a character that is no word of its own (淦河); not 大湖, 该湖, 入湖
            return !wordEdges.get(nameEnd) || CoreDictionary.get(name) == null;
        }
        return true;
    }

    private boolean nameChar(char c, boolean water) {
        return Character.isIdeographic(c) && !stops.contains(c) && !(water && waterStops.contains(c));
    }

    /** A verb inside the run is a clause, not a name (科学界定|自然保护区, 沙漠看|海). */
    private static boolean holdsVerb(String name) {
        for (int i = 0; i + 2 <= name.length(); i++) {
            if (verb(name.substring(i, i + 2))) {
                return true;
            }
        }
        return name.length() > 1 && verb(name.substring(name.length() - 1));
    }

    private static boolean verb(String word) {
        CoreDictionary.Attribute attr = CoreDictionary.get(word);
        return attr != null && attr.nature.length > 0 && attr.nature[0].toString().startsWith("v");
    }

    private static boolean opensWithNonName(String name) {
        for (int len = Math.min(2, name.length()); len >= 1; len--) {
            CoreDictionary.Attribute attr = CoreDictionary.get(name.substring(0, len));
            if (attr != null && attr.nature.length > 0) {
                String nature = attr.nature[0].toString();
                return !nature.isEmpty() && NON_NAME_OPENERS.indexOf(nature.charAt(0)) >= 0 && !nature.startsWith("ns");
            }
        }
        return false;
    }

    /** A word of HanLP's core lexicon that is no place (运河, 护城河, 银河). */
    private static boolean commonWord(String word) {
        CoreDictionary.Attribute attr = CoreDictionary.get(word);
        return attr != null && attr.nature.length > 0 && !attr.nature[0].toString().startsWith("ns");
    }



}
