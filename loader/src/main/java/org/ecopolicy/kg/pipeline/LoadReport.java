package org.ecopolicy.kg.pipeline;

import java.util.ArrayList;
import java.util.List;

/** What a load did: documents loaded, and every problem and warning with its file (and line). */
public final class LoadReport {

    /** A loaded document: its file name, where it was read from, and what extraction found. */
    public record Loaded(String file, java.nio.file.Path source, int measures, int targets, long triples) {
    }

    private final List<Loaded> loaded = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private boolean failed;

    synchronized void loaded(Loaded doc) {
        loaded.add(doc);
    }

    synchronized void problem(String message) {
        problems.add(message);
    }

    /** A problem that fails the load whatever the options (an unusable manifest, say). */
    synchronized void fatal(String message) {
        problems.add(message);
        failed = true;
    }

    /** Something the user should know that is neither a problem nor a warning (graphs kept, say). */
    synchronized void note(String message) {
        notes.add(message);
    }

    synchronized void warning(String message) {
        warnings.add(message);
    }

    public List<Loaded> loaded() {
        return List.copyOf(loaded);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** True when a problem should fail the load even without {@code --strict}. */
    public synchronized boolean failed() {
        return failed;
    }
}
