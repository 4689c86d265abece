package org.ecopolicy.kg.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ecopolicy.kg.pipeline.LoadListener;

/**
 * Load progress on stderr. On a terminal it is one line redrawn in place ({@code [ 12/40] file});
 * elsewhere, when asked for, plain {@code progress:} lines that scripts (and the fault tests) can
 * follow. By default nothing is shown unless stderr is a terminal, so logs stay clean.
 */
final class ProgressDisplay implements LoadListener {

    enum Mode { AUTO, ALWAYS, NEVER }

    private static final int WIDTH = 78;

    private final PrintStream err;
    private final boolean terminal;

    private ProgressDisplay(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static LoadListener create(Mode mode) {
        boolean terminal = stderrIsTerminal();
        if (mode == Mode.NEVER || (mode == Mode.AUTO && !terminal)) {
            return LoadListener.NONE;
        }
        return new ProgressDisplay(System.err, terminal);
    }

    @Override
    public void reading(int index, int total, Path file) {
        int width = String.valueOf(total).length();
        String counter = String.format("[%" + width + "d/%d]", index, total);
        if (terminal) {
            int filled = total == 0 ? 0 : 20 * (index - 1) / total;
            String bar = "#".repeat(filled) + ".".repeat(20 - filled);
            redraw(counter + " " + bar + " " + file.getFileName());
        } else {
            err.println("progress: reading " + index + "/" + total + " " + file);
        }
    }

    @Override
    public void storing(int graphs) {
        if (terminal) {
            redraw("storing " + graphs + " graphs in one transaction …");
        } else {
            err.println("progress: storing " + graphs + " graphs");
        }
    }

    @Override
    public void stored() {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH) + "\r");
            err.flush();
        } else {
            err.println("progress: committed");
        }
    }

    private void redraw(String text) {
        String line = text.length() > WIDTH ? text.substring(0, WIDTH) : text;
        err.print("\r" + line + " ".repeat(WIDTH - line.length()));
        err.flush();
    }

    /** On Linux the file behind descriptor 2 says it; elsewhere, a console means a terminal. */
    static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        try {
            if (Files.exists(fd2, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through
        }
        return System.console() != null;
    }
}
