package org.ecopolicy.kg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.ecopolicy.kg.it.TestKnowledgeGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract: output formats, parameters, errors and exit codes. */
class CliTest {

    record Run(int exit, String out, String err) {
    }

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = EcoKg.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static String db() {
        return TestKnowledgeGraph.get().dbRoot.toString();
    }

    @Test
    void headlineQueryAsCsv() {
        Run run = run("query", "--db", db(), "--name", "yellow-river-2030", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        String header = run.out().lines().findFirst().orElseThrow();
        assertThat(header).startsWith("document,path,title,year");
        assertThat(run.out()).contains("004_b6acf62b5d9e0109.txt").contains("提升水环境质量");
    }

    @Test
    void aFullPageSaysHowManyRowsThereAreAndHowToGetTheNext() {
        Run all = run("query", "--db", db(), "--name", "measures-per-region", "--format", "csv", "--param", "limit=all");
        long rows = all.out().strip().lines().count() - 1;
        assertThat(rows).isGreaterThan(100);
        assertThat(all.err()).isEmpty();
        Run run = run("query", "--db", db(), "--name", "measures-per-region", "--format", "csv", "--param", "limit=50");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out().strip().lines().count()).isEqualTo(51);
        assertThat(run.err().strip()).isEqualTo("rows 1-50 of " + rows + "; next page: --param offset=50, every row: --param limit=all");
        Run last = run("query", "--db", db(), "--name", "measures-per-region", "--format", "csv",
                "--param", "limit=all", "--param", "offset=100");
        assertThat(last.out().strip().lines().count()).isEqualTo(rows - 100 + 1);
        assertThat(last.err()).isEmpty();
        Run bad = run("query", "--db", db(), "--name", "measures-per-region", "--param", "limit=ten");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("'ten' is not a valid limit");
    }

    @Test
    void injectionAttemptIsBoundAsALiteral() {
        String attack = "黄河流域\" } ?s ?p ?o . FILTER(true) #";
        Run run = run("query", "--db", db(), "--name", "yellow-river-2030", "--format", "csv",
                "--param", "regionName=" + attack);
        assertThat(run.exit()).as(run.err()).isZero();
        // Only the header: no place is called by that strange name.
        assertThat(run.out().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void parametersChangeTheAnswer() {
        Run run = run("query", "--db", db(), "--name", "department-tasks", "--format", "tsv",
                "--param", "departmentName=旗林草局");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("科学推进林草建设").doesNotContain("提升水环境质量");
    }

    @Test
    void unknownParameterAndMissingDatabaseAreErrors(@TempDir Path empty) {
        Run bad = run("query", "--db", db(), "--name", "yellow-river-2030", "--param", "nope=1");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("unknown parameter 'nope'").contains("regionName");

        Run none = run("table", "targets", "--db", empty.toString());
        assertThat(none.exit()).isNotZero();
        assertThat(none.err()).contains("no database in").contains(empty.getFileName().toString());

        Run unknown = run("query", "--db", db(), "--name", "no-such-query");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err()).contains("no catalogue query 'no-such-query'");
    }

    @Test
    void upOnATakenPortSaysSoBeforeBuilding(@TempDir Path fresh) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Run up = run("up", "--db", fresh.resolve("db").toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertThat(up.exit()).isEqualTo(1);
            assertThat(up.err()).contains("cannot listen on port " + taken.getLocalPort() + ": the port is in use")
                    .contains("--port").doesNotContain("Building").doesNotContain("\tat ");
        }
    }

    @Test
    void searchPrintsRankedMeasuresWithSnippets() {
        Run run = run("search", "--db", db(), "--limit", "5", "河湖长制");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(" 1. ").contains("措施 measure").contains("【河湖长制】")
                .contains("https://w3id.org/ecokg/id/doc/");
        assertThat(run.out().lines().filter(l -> l.matches("\\s*\\d+\\. .*")).count()).isBetween(1L, 5L);
        Run csv = run("search", "--db", db(), "--format", "csv", "草原生态补偿");
        assertThat(csv.exit()).isZero();
        assertThat(csv.out()).startsWith("rank,kind,title,document,score,snippet,iri").contains("完善生态补偿制度");
        Run help = run("search", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--limit");
    }

    @Test
    void everySubcommandAnswersHelp() {
        for (String command : java.util.List.of("up", "load", "query", "table", "export", "eval", "search")) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: ecokg " + command).contains("-h, --help");
            assertThat(help.err()).as(command).isEmpty();
        }
    }
}
