package org.ecopolicy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.ecopolicy.kg.rules.CsvTable;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Measure;

/**
 * Notes such as "以下任务均需各旗县区落实，不再逐一列出": the body they name is responsible for the task
 * holding the note and for every later task, though it is written only once. Patterns come from
 * {@code /rules/extract/department-standing-notes.csv}; the department extractor reads the named bodies,
 * the mapper asks {@link #appliesTo} which later measures they also belong to.
 */
public final class StandingNotes {

    /** A note: its range and the range of its department list, in normalised-text offsets. */
    public record Note(int start, int end, int itemsStart, int itemsEnd) {
    }

    private final List<Pattern> patterns;

    public StandingNotes() {
        patterns = CsvTable.read("/rules/extract/department-standing-notes.csv", "pattern").stream()
                .map(r -> Pattern.compile(r.get("pattern"))).toList();
    }

    public List<Note> find(String normalized) {
        List<Note> notes = new ArrayList<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(normalized);
            while (m.find()) {
                notes.add(new Note(m.start(), m.end(), m.start("items"), m.end("items")));
            }
        }
        return notes;
    }

    /**
     * Whether a department mention written inside one of {@code notes} also belongs to
     * {@code measure}, a measure that starts after the note.
     */
    public static boolean appliesTo(List<Note> notes, DepartmentMention mention, Measure measure) {
        for (Note n : notes) {
            if (mention.evidence().start() >= n.start() && mention.evidence().end() <= n.end()
                    && n.start() < measure.start()) {
                return true;
            }
        }
        return false;
    }
}
