package org.ecopolicy.kg.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No thread a server with a password file starts (Jetty's file watcher, say) outlives it. */
class PasswordFileWatcherTest {

    @Test
    void closingTheServerStopsWatchingThePasswordFile(@TempDir Path tmp) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Path passwords = tmp.resolve("passwords");
        Files.writeString(passwords, "editor: s3cret-Pass\n");
        KgServer server = KgServer.start(DatasetGraphFactory.createTxnMem(),
                ServerSettings.readOnly(0, tmp.resolve("run")).withLoopbackOnly(true).withPasswordFile(passwords));
        Set<Thread> started = newThreads(before);
        server.close();
        for (Thread t : started) {
            t.join(5_000);
        }
        assertThat(newThreads(before).stream().filter(Thread::isAlive).map(Thread::getName).toList())
                .as("threads the server started that outlive it %s", newThreads(before).stream()
                        .map(t -> t.getName() + java.util.Arrays.toString(t.getStackTrace())).toList()).isEmpty();
    }

    private static Set<Thread> newThreads(Set<Thread> before) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .filter(t -> !t.isDaemon() || t.getName().startsWith("Scanner")).collect(Collectors.toSet());
    }
}
