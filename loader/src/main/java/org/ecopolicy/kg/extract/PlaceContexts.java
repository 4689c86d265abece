package org.ecopolicy.kg.extract;

import java.util.List;
import java.util.Set;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.rules.WordLists;

/**
 * What the words around a place match say about it: part of a slogan, programme or organisation
 * name (place-name-contexts.csv), or the stem of a park or development zone's name (place-zones.csv).
 */
final class PlaceContexts {

    private static final int ZONE_NAME_CHARS = 4;

    private static final java.util.regex.Pattern ITEM_LABEL =
            java.util.regex.Pattern.compile("\\s*[（(]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]?\\s*");

    private final List<String> leftWords;
    private final List<String> rightTails;
    private final List<String> titleTails;
    private final List<String> quotedNameTails;
    private final List<String> zoneTails;
    private final Set<Character> zoneStops;

    private PlaceContexts(List<String> leftWords, List<String> rightTails, List<String> titleTails,
                          List<String> quotedNameTails, List<String> zoneTails, Set<Character> zoneStops) {
        this.leftWords = leftWords;
        this.rightTails = rightTails;
        this.titleTails = titleTails;
        this.quotedNameTails = quotedNameTails;
        this.zoneTails = zoneTails;
        this.zoneStops = zoneStops;
    }

    static PlaceContexts load(String folder) {
        List<CsvTable.Row> names = CsvTable.read(folder + "place-name-contexts.csv", "side", "text");
        List<CsvTable.Row> zones = CsvTable.read(folder + "place-zones.csv", "kind", "text");
        return new PlaceContexts(CsvTable.where(names, "side", "left", "text"), CsvTable.where(names, "side", "right", "text"),
                CsvTable.where(names, "side", "title", "text"), CsvTable.where(names, "side", "quoted", "text"),
                WordLists.longestFirst(CsvTable.where(zones, "kind", "tail", "text")),
                WordLists.firstChars(CsvTable.where(zones, "kind", "stop", "text")));
    }


    /** The place at [start, end) is written inside a slogan, programme or organisation name. */
    boolean insideName(String text, int start, int end) {
        for (String left : leftWords) {
            if (start >= left.length() && text.startsWith(left, start - left.length())) {
                return true;
            }
        }
        for (String tail : rightTails) {
            for (int p = start + 1; p <= end; p++) {
                if (text.startsWith(tail, p)) {
                    return true;
                }
            }
        }
        return opensProjectTitle(text, start) || insideQuotedName(text, start, end);
    }

    /** The place is part of a quoted name ending in a name word: “昆明—蒙特利尔全球生物多样性框架”. */
    private boolean insideQuotedName(String text, int start, int end) {
        int open = text.lastIndexOf('“', start - 1);
        if (open < 0 || text.lastIndexOf('”', start - 1) > open) {
            return false;
        }
        int close = text.indexOf('”', end);
        if (close < 0 || close - open > 40 || text.substring(open, close).indexOf('\n') >= 0) {
            return false;
        }
        String quoted = text.substring(open + 1, close);
        return quotedNameTails.stream().anyMatch(quoted::endsWith);
    }

    /** The place opens a numbered item whose title is a project name: 1.汾河流域湿地保护工程. */
    private boolean opensProjectTitle(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        if (!ITEM_LABEL.matcher(text.substring(lineStart, start)).matches()) {
            return false;
        }
        int runEnd = start;
        while (runEnd < text.length() && Character.isIdeographic(text.charAt(runEnd))) {
            runEnd++;
        }
        String run = text.substring(start, runEnd);
        return titleTails.stream().anyMatch(run::endsWith);
    }

    /** The zone named after the place at [start, end) (鄂托克 + 经济开发区), or null. */
    PlaceExtractor.Candidate zone(String text, int start, int end) {
        for (int p = end; p <= Math.min(text.length(), end + ZONE_NAME_CHARS); p++) {
            for (String tail : zoneTails) {
                if (text.startsWith(tail, p)) {
                    return new PlaceExtractor.Candidate(start, p + tail.length(), null);
                }
            }
            if (p < text.length() && (!Character.isIdeographic(text.charAt(p)) || zoneStops.contains(text.charAt(p)))) {
                return null;
            }
        }
        return null;
    }
}
