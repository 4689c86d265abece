package org.ecopolicy.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.ecopolicy.kg.store.UpProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line beside a running server: {@code ecokg up} serves a database in a child process
 * (it holds the folder's lock, as TDB2 holds its own), and {@code query}, {@code table},
 * {@code export} and {@code eval} on the same {@code --db} answer through it, exactly as they do
 * once it has stopped; {@code load} and a second {@code up --rebuild} are refused with a message
 * naming the server, and the generation it serves survives.
 */
class ServedDatabaseTest {

    @TempDir
    Path tmp;

    @Test
    void readingCommandsGoThroughTheServerAndWritersAreRefused() throws Exception {
        Path db = tmp.resolve("db");
        Path gold = Path.of(ServedDatabaseTest.class.getResource("/gold/dev").toURI());
        CliTest.Run query;
        CliTest.Run table;
        CliTest.Run eval;
        try (UpProcess up = UpProcess.up(db)) {
            String live = Files.readString(db.resolve("current")).trim();

            query = CliTest.run("query", "--db", db.toString(), "--name", "yellow-river-2030", "--format", "csv");
            assertThat(query.exit()).as(query.err()).isZero();
            assertThat(query.err()).doesNotContain("lock");
            assertThat(query.out()).startsWith("document,path,title,year").contains("提升水环境质量");

            table = CliTest.run("table", "targets", "--db", db.toString());
            assertThat(table.exit()).as(table.err()).isZero();
            assertThat(table.out().lines().count()).isGreaterThan(100);

            eval = CliTest.run("eval", "--db", db.toString(), "--gold", gold.toString());
            assertThat(eval.exit()).as(eval.err()).isZero();

            CliTest.Run export = CliTest.run("export", "--db", db.toString(), "--format", "nt",
                    "--out", tmp.resolve("served-dump").toString());
            assertThat(export.exit()).as(export.err()).isZero();

            String refusal = "database " + db.toAbsolutePath() + " is served by process " + up.pid() + " on port "
                    + up.url().replaceAll(".*:(\\d+)/$", "$1") + ": query " + up.sparqlEndpoint() + " or stop it first";
            CliTest.Run load = CliTest.run("load", "--db", db.toString(), tmp.resolve("nothing-here").toString());
            assertThat(load.exit()).isEqualTo(1);
            assertThat(load.err().strip()).isEqualTo("ecokg: " + refusal);

            CliTest.Run rebuild = CliTest.run("up", "--rebuild", "--port", "0", "--db", db.toString());
            assertThat(rebuild.exit()).isEqualTo(1);
            assertThat(rebuild.err().strip()).isEqualTo("ecokg: " + refusal);
            // the served generation is still there, still the live one, and still answers
            assertThat(Files.readString(db.resolve("current")).trim()).isEqualTo(live);
            assertThat(db.resolve(live).resolve("Data-0001")).isDirectory();
            try (Stream<Path> gens = Files.list(db)) {
                assertThat(gens.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("gen-"))).containsExactly(live);
            }
            CliTest.Run again = CliTest.run("query", "--db", db.toString(), "--name", "yellow-river-2030", "--format", "csv");
            assertThat(again.out()).isEqualTo(query.out());
        }

        // The same answers once the server has stopped, read from the database itself.
        CliTest.Run offlineQuery = CliTest.run("query", "--db", db.toString(), "--name", "yellow-river-2030", "--format", "csv");
        assertThat(offlineQuery.exit()).as(offlineQuery.err()).isZero();
        assertThat(query.out()).isEqualTo(offlineQuery.out());
        assertThat(table.out()).isEqualTo(CliTest.run("table", "targets", "--db", db.toString()).out());
        assertThat(eval.out()).isEqualTo(CliTest.run("eval", "--db", db.toString(), "--gold", gold.toString()).out());
        assertThat(CliTest.run("export", "--db", db.toString(), "--format", "nt", "--out",
                tmp.resolve("offline-dump").toString()).exit()).isZero();
        Model served = RDFDataMgr.loadModel(tmp.resolve("served-dump/ecokg.nt").toString());
        Model offline = RDFDataMgr.loadModel(tmp.resolve("offline-dump/ecokg.nt").toString());
        assertThat(served.size()).isEqualTo(offline.size()).isGreaterThan(20_000);
        assertThat(served.isIsomorphicWith(offline)).isTrue();
    }
}
