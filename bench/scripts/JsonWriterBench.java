import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.rw.RowSetWriterJSON;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.system.Txn;
import org.ecopolicy.kg.store.KgStore;
import org.ecopolicy.kg.store.StoreLayout;

/**
 * The server's JSON results writing, before/after: each catalogue query's answer (first page) is
 * computed once, then written ROUNDS times by Jena's writer and by ours (CompactJsonResults),
 * alternating, so both meet the same machine; the second half of the rounds is timed.
 *
 * <pre>java -Xmx2g -XX:+UseParallelGC -cp loader/target/ecokg.jar bench/scripts/JsonWriterBench.java DB_FOLDER 1000 queries/*.rq</pre>
 */
public class JsonWriterBench {
    public static void main(String[] args) throws Exception {
        Path db = new StoreLayout(Path.of(args[0])).current().orElseThrow();
        int rounds = Integer.parseInt(args[1]);
        Map<String, List<Binding>> answers = new LinkedHashMap<>();
        Map<String, List<Var>> vars = new LinkedHashMap<>();
        try (KgStore store = KgStore.connect(db)) {
            for (int i = 2; i < args.length; i++) {
                String text = Files.readString(Path.of(args[i]));
                String name = Path.of(args[i]).getFileName().toString();
                Txn.executeRead(store.dataset(), () -> {
                    try (QueryExec exec = QueryExec.dataset(store.dataset()).query(text).build()) {
                        RowSet rows = exec.select();
                        List<Binding> copy = new ArrayList<>();
                        rows.forEachRemaining(b -> copy.add(BindingFactory.copy(b)));
                        answers.put(name, copy);
                        vars.put(name, rows.getResultVars());
                    }
                });
            }
        }
        Field field = Class.forName("org.ecopolicy.kg.serve.CompactJsonResults").getDeclaredField("FACTORY");
        field.setAccessible(true);
        RowSetWriter ours = ((RowSetWriterFactory) field.get(null)).create(ResultSetLang.RS_JSON);
        RowSetWriter jena = RowSetWriterJSON.factory.create(ResultSetLang.RS_JSON);
        RowSetWriter[] writers = {jena, ours};
        Map<String, long[]> nanos = new LinkedHashMap<>();
        long[] bytes = new long[2];
        for (int round = 0; round < rounds; round++) {
            for (var answer : answers.entrySet()) {
                long[] sum = nanos.computeIfAbsent(answer.getKey(), k -> new long[2]);
                for (int turn = 0; turn < 2; turn++) {
                    int w = (round + turn) % 2;
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    long start = System.nanoTime();
                    writers[w].write(out, RowSetStream.create(vars.get(answer.getKey()), answer.getValue().iterator()), new Context());
                    long took = System.nanoTime() - start;
                    if (round >= rounds / 2) {
                        sum[w] += took;
                        bytes[w] += out.size();
                    }
                }
            }
        }
        int timed = rounds - rounds / 2;
        System.out.printf("%-24s %6s %12s %12s%n", "query", "rows", "jena µs", "ours µs");
        for (var e : nanos.entrySet()) {
            System.out.printf("%-24s %6d %12.1f %12.1f%n", e.getKey(), answers.get(e.getKey()).size(),
                    e.getValue()[0] / 1e3 / timed, e.getValue()[1] / 1e3 / timed);
        }
        System.out.printf("bytes written per round: jena %d, ours %d%n", bytes[0] / timed, bytes[1] / timed);
    }
}
