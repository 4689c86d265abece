package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.link.DepartmentDirectory;
import org.ecopolicy.kg.link.Gazetteer;
import org.ecopolicy.kg.link.Organisation;
import org.ecopolicy.kg.link.Place;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.Role;

/**
 * Finds departments assigned to tasks: cue lists such as （牵头部门：A、B，责任部门：C、D）, bracketed
 * lists without a cue ((A、B), 〔A牵头，B参与〕, see {@link BracketAssignments}), standing notes
 * (以下任务均需X落实，see {@link StandingNotes}) and prose such as 由A牵头，B配合. Each item is resolved
 * to an organisation within the document's jurisdiction.
 */
public final class DepartmentExtractor {

    private static final String DATA = "/rules/extract/";
    /** Item separators inside a cue list. */
    private static final String SEPARATORS = "、，,;；";
    /** Characters that close a cue list. */
    private static final String LIST_END = ")）。\n";

    private final Gazetteer gazetteer;
    private final DepartmentDirectory directory;
    private final Map<String, Role> cues = new LinkedHashMap<>();
    private final Pattern cuePattern;
    private final List<Pattern> prosePatterns;
    private final Set<String> itemStopwords;
    private final StandingNotes standingNotes = new StandingNotes();
    private final BracketAssignments brackets = new BracketAssignments();

    public DepartmentExtractor(Gazetteer gazetteer, DepartmentDirectory directory) {
        this.gazetteer = gazetteer;
        this.directory = directory;
        for (CsvTable.Row row : CsvTable.read(DATA + "department-cues.csv", "cue", "role")) {
            cues.put(row.get("cue"), Role.valueOf(row.get("role").toUpperCase(Locale.ROOT)));
        }
        cuePattern = Pattern.compile("(" + cues.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote)
                .collect(Collectors.joining("|")) + ")\\s*[:：]");
        prosePatterns = CsvTable.read(DATA + "department-prose.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"))).toList();
        itemStopwords = new LinkedHashSet<>(CsvTable.firstColumn(DATA + "department-item-stopwords.csv"));
    }

    public List<DepartmentMention> extract(Document doc) {
        String text = doc.text().normalized();
        String jurisdiction = jurisdictionId(doc);
        List<DepartmentMention> result = new ArrayList<>();
        TextSpans used = new TextSpans();

        List<int[]> cueHits = new ArrayList<>();
        Matcher m = cuePattern.matcher(text);
        while (m.find()) {
            cueHits.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
        }
        for (int i = 0; i < cueHits.size(); i++) {
            int[] hit = cueHits.get(i);
            Role role = cues.get(text.substring(hit[2], hit[3]));
            int end = listEnd(text, hit[1], i + 1 < cueHits.size() ? cueHits.get(i + 1)[0] : text.length());
            addItems(doc, text, hit[1], end, SEPARATORS, role, jurisdiction, result);
            used.add(hit[0], end);
        }
        // "以下任务均需各旗县区落实，不再逐一列出": the body is responsible here (and, by the mapper, later)
        TextSpans notes = new TextSpans();
        for (StandingNotes.Note n : standingNotes.find(text)) {
            for (int[] item : brackets.items(text, n.itemsStart(), n.itemsEnd())) {
                addItem(doc, text, item[0], item[1], Role.RESPONSIBLE, jurisdiction, result);
            }
            notes.add(n.start(), n.end());
        }
        // unlabelled or inline-labelled lists in brackets: (A、B), 〔A牵头，B参与〕
        for (BracketAssignments.Item item : brackets.find(text, used, notes)) {
            addItem(doc, text, item.start(), item.end(), item.role(), jurisdiction, result);
        }
        for (int[] n : notes.all()) {
            used.add(n[0], n[1]);
        }
        for (Pattern p : prosePatterns) {
            Matcher pm = p.matcher(text);
            while (pm.find()) {
                if (used.overlaps(pm.start(), pm.end())) {
                    continue;
                }
                addGroup(doc, text, pm, "lead", Role.LEAD, jurisdiction, result);
                addGroup(doc, text, pm, "responsible", Role.RESPONSIBLE, jurisdiction, result);
            }
        }
        result.sort(Comparator.comparingInt(d -> d.evidence().start()));
        return result;
    }

    /** The jurisdiction's place id: metadata names it (鄂托克旗); the gazetteer knows the name. */
    private String jurisdictionId(Document doc) {
        if (doc.metadata() == null || doc.metadata().jurisdiction() == null) {
            return null;
        }
        return gazetteer.byName(doc.metadata().jurisdiction()).map(Place::id).orElse(null);
    }

    private static int listEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (LIST_END.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return limit;
    }

    private void addGroup(Document doc, String text, Matcher m, String group, Role role, String jurisdiction,
                          List<DepartmentMention> out) {
        try {
            if (m.start(group) >= 0) {
                addItems(doc, text, m.start(group), m.end(group), "、和及,，", role, jurisdiction, out);
            }
        } catch (IllegalArgumentException noSuchGroup) {
            // a prose pattern need not name both groups
        }
    }

    private void addItems(Document doc, String text, int start, int end, String separators, Role role,
                          String jurisdiction, List<DepartmentMention> out) {
        int itemStart = start;
        int depth = 0; // "各县(市、区)人民政府" is one item
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : 0;
            if (i < end && "(（〔[【".indexOf(c) >= 0) {
                depth++;
            } else if (i < end && ")）〕]】".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (i == end || depth == 0 && separators.indexOf(c) >= 0) {
                addItem(doc, text, itemStart, i, role, jurisdiction, out);
                itemStart = i + 1;
            }
        }
    }

    private void addItem(Document doc, String text, int start, int end, Role role, String jurisdiction,
                         List<DepartmentMention> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // list tails: "A、B等部门" keeps B
        for (String tail : List.of("等部门", "等单位", "等")) {
            if (text.startsWith(tail, end - tail.length()) && end - tail.length() > start) {
                end -= tail.length();
                break;
            }
        }
        String item = text.substring(start, end);
        if (item.isEmpty() || itemStopwords.contains(item) || item.length() > 40) {
            return;
        }
        Evidence ev = Evidence.of(doc, start, end);
        // resolved from the simplified text, so a traditional-script name resolves too
        String orgId = directory.resolve(item, jurisdiction).map(Organisation::id).orElse(null);
        out.add(new DepartmentMention(ev.quote(), role, orgId, ev));
    }
}
