package org.ecopolicy.kg.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.ecopolicy.kg.cli.EcoKg;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ecokg load} run in a child JVM and killed with SIGKILL ({@code destroyForcibly}) at several
 * moments: while starting, while extracting, as the write transaction begins and during it. After
 * every kill the database must be exactly as before the load (or, only if the kill came after the
 * commit could have happened, exactly as after it), still open and queryable; and a final load
 * run to its end must succeed and give the complete result.
 */
class KilledLoadTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KilledLoadTest.class);

    @TempDir
    Path tmp;

    /** When to kill: after the first stderr line starting with {@code trigger}, plus {@code delayMillis}. */
    record KillPoint(String trigger, long delayMillis) {
    }

    @Test
    void aKilledLoadLeavesThePreviousDatabaseIntactAndTheNextLoadSucceeds() throws Exception {
        Path base = BundledCorpus.materialize(tmp.resolve("base"));
        Path big = TestCorpora.copies(tmp.resolve("big"), 2);
        Path db = tmp.resolve("db");
        assertThat(EcoKg.run("load", "--db", db.toString(), base.toString())).isZero();
        StoreState before = StoreState.of(db);

        // The state a complete load gives, made in-process in a second database.
        Path reference = tmp.resolve("reference");
        assertThat(EcoKg.run("load", "--db", reference.toString(), base.toString())).isZero();
        assertThat(EcoKg.run("load", "--db", reference.toString(), big.toString())).isZero();
        StoreState after = StoreState.of(reference);
        assertThat(after.triples()).isGreaterThan(before.triples());
        assertThat(after.graphSizes()).hasSize(before.graphSizes().size() + 10);

        List<KillPoint> points = List.of(
                new KillPoint("", 0),                              // first output: the JVM is up
                new KillPoint("progress: reading 1/", 0),
                new KillPoint("progress: reading 6/", 0),
                new KillPoint("progress: storing", 0),
                new KillPoint("progress: storing", 50),
                new KillPoint("progress: storing", 250));
        StoreState previous = before;
        int killedInsideTheWrite = 0;
        for (KillPoint point : points) {
            Child child = Child.load(db, big);
            boolean triggered = child.awaitLine(point.trigger(), 240);
            assertThat(triggered).as("child never printed '%s':%n%s", point.trigger(), child.output()).isTrue();
            Thread.sleep(point.delayMillis());
            child.kill();
            StoreState state = StoreState.of(db);
            if (!child.saw("progress: storing")) {
                assertThat(state).as("killed at %s before the write began", point).isEqualTo(previous);
            } else if (child.saw("progress: committed")) {
                assertThat(state).as("killed at %s after the commit", point).isEqualTo(after);
            } else {
                assertThat(state).as("killed at %s during the write", point).isIn(previous, after);
                if (state.equals(previous)) {
                    killedInsideTheWrite++;
                }
            }
            previous = state;
        }
        LOG.info("{}", "KilledLoadTest: " + killedInsideTheWrite + " kill(s) landed inside the write transaction");

        Child last = Child.load(db, big);
        assertThat(last.process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.process.exitValue()).as(last.output()).isZero();
        assertThat(StoreState.of(db)).isEqualTo(after);
    }

    /** {@code ecokg load --progress always} in its own JVM, its stderr collected line by line. */
    static final class Child {
        final Process process;
        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final List<String> seen = new ArrayList<>();

        private Child(Process process) {
            this.process = process;
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        static Child load(Path db, Path corpus) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-Dfile.encoding=UTF-8",
                    "-cp", System.getProperty("java.class.path"),
                    "org.ecopolicy.kg.cli.EcoKg", "load", "--progress", "always", "--db", db.toString(), corpus.toString());
            pb.redirectErrorStream(true);
            return new Child(pb.start());
        }

        /** Waits for a line starting with {@code prefix}; false if the child ended or time ran out first. */
        boolean awaitLine(String prefix, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    if (line.startsWith(prefix)) {
                        return true;
                    }
                } else if (!process.isAlive() && lines.isEmpty()) {
                    return false;
                }
            }
            return false;
        }

        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
            lines.drainTo(seen);
        }

        boolean saw(String prefix) {
            return seen.stream().anyMatch(l -> l.startsWith(prefix));
        }

        String output() {
            lines.drainTo(seen);
            return String.join("\n", seen);
        }
    }
}
