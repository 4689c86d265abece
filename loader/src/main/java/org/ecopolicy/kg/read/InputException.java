package org.ecopolicy.kg.read;

import java.nio.file.Path;

/**
 * Bad input that the user must fix: an unreadable, binary, empty or wrongly encoded file, or a
 * malformed manifest row. The message always starts with the file (and line, when known) so
 * it can be printed to stderr as it is: {@code corpus/x.txt:12: malformed manifest row: ...}.
 */
public class InputException extends RuntimeException {

    private final transient Path file;
    private final int line;
    private final String detail;

    public InputException(Path file, int line, String detail) {
        this(file, line, detail, null);
    }

    public InputException(Path file, int line, String detail, Throwable cause) {
        super(format(file, line, detail), cause);
        this.file = file;
        this.line = Math.max(0, line);
        this.detail = detail;
    }

    /** The offending file. */
    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it concerns the whole file. */
    public int line() {
        return line;
    }

    /** The problem without the file/line prefix. */
    public String detail() {
        return detail;
    }

    private static String format(Path file, int line, String detail) {
        String where = file == null ? "<input>" : file.toString();
        return line > 0 ? where + ":" + line + ": " + detail : where + ": " + detail;
    }
}
