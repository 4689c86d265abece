package org.ecopolicy.kg.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Target;
import org.junit.jupiter.api.Test;

/** Writes every document's targets to target/targets-dump/ for reading by eye; every document has some. */
class TargetDumpTest {

    @Test
    void dumpCorpusTargets() throws IOException {
        Path dir = Path.of("target", "targets-dump");
        Files.createDirectories(dir);
        TargetExtractor extractor = new TargetExtractor();
        for (String stem : List.of("000", "001", "002", "003", "004", "900", "901")) {
            Document doc = stem.startsWith("9") ? CorpusFixture.document("/gold/ood/" + stem + ".txt")
                    : CorpusFixture.corpus(stem);
            List<String> lines = new ArrayList<>();
            for (Target t : extractor.extract(doc)) {
                lines.add((t.baseline() ? "B " : "T ") + t.year() + " " + t.kind().code() + " [" + t.indicator() + "] "
                        + t.comparator().code() + " " + t.value() + " " + t.unit() + " " + t.unitCode()
                        + " scope=" + t.scope() + " | " + t.evidence().quote().replace('\n', ' '));
            }
            Files.write(dir.resolve(stem + ".txt"), lines);
            org.assertj.core.api.Assertions.assertThat(lines).as(stem).isNotEmpty();
        }
    }
}
