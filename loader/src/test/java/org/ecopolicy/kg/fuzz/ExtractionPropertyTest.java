package org.ecopolicy.kg.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ecopolicy.kg.link.ReferenceData;
import org.ecopolicy.kg.model.DepartmentMention;
import org.ecopolicy.kg.model.Document;
import org.ecopolicy.kg.model.Evidence;
import org.ecopolicy.kg.model.ExtractedDocument;
import org.ecopolicy.kg.model.Measure;
import org.ecopolicy.kg.model.PlaceMention;
import org.ecopolicy.kg.model.ProjectMention;
import org.ecopolicy.kg.model.Section;
import org.ecopolicy.kg.model.Target;
import org.ecopolicy.kg.pipeline.BundledCorpus;
import org.ecopolicy.kg.pipeline.Pipeline;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.read.DocumentReader;
import org.ecopolicy.kg.read.InputException;
import org.ecopolicy.kg.read.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property test: random texts and mutated corpus texts, as bytes in UTF-8 or GB18030, go through
 * the reader (encoding detection, normalisation), the structure parser, the four extractors and
 * the RDF mapper, exactly as {@link Pipeline} runs them. For every input:
 * <ul>
 * <li>the reader returns a document or rejects the file with an {@link InputException}, nothing else;</li>
 * <li>no other stage throws;</li>
 * <li>the normalised text has the original's length, and every evidence slices exactly its quote
 *     out of the original text;</li>
 * <li>sections and measures lie inside the text, start before they end, and each measure's title
 *     evidence lies inside the measure.</li>
 * </ul>
 * Cases come from seeds ({@code -Decokg.fuzz.seed}, {@code -Decokg.fuzz.tries}); a failure names its
 * seed and writes the (shrunk) text to {@code target/fuzz-failures/} to reproduce it.
 */
class ExtractionPropertyTest {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ExtractionPropertyTest.class);

    static final long SEED = Long.getLong("ecokg.fuzz.seed", 20_261_123L);
    static final int TRIES = Integer.getInteger("ecokg.fuzz.tries", 300);

    static final DocumentReader READER = new DocumentReader();
    static Pipeline pipeline;
    static List<String> corpus;

    @BeforeAll
    static void setUp() {
        pipeline = new Pipeline(ReferenceData.load(), Iris.defaults());
        corpus = BundledCorpus.fileNames().stream().map(ExtractionPropertyTest::bundled).toList();
    }

    static String bundled(String name) {
        try (InputStream in = ExtractionPropertyTest.class.getResourceAsStream("/corpus/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One generated input: the text and the charset its bytes are written in. */
    record Case(long seed, String text, Charset charset) {
    }

    static Case generate(long seed) {
        Random random = new Random(seed);
        DocumentMutator mutator = new DocumentMutator(random);
        String text = random.nextInt(4) == 0 ? mutator.randomText()
                : mutator.mutate(corpus.get(random.nextInt(corpus.size())));
        Charset charset = random.nextInt(5) == 0 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        return new Case(seed, text, charset);
    }

    @Test
    void everyStageHoldsItsContractOnRandomAndMutatedDocuments() throws IOException {
        List<String> failures = new ArrayList<>();
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < TRIES; i++) {
            Case c = generate(SEED + i);
            String failure = check(c.text(), c.charset());
            if (failure == null) {
                read++;
            } else if (failure.equals(REJECTED)) {
                rejected++;
            } else {
                String shrunk = shrink(c.text(), c.charset());
                Path saved = save(c, shrunk);
                failures.add("seed " + c.seed() + " (" + c.charset() + ", " + c.text().length() + " chars, shrunk to "
                        + shrunk.length() + " in " + saved + "): " + check(shrunk, c.charset()));
            }
        }
        LOG.info(String.format("ExtractionPropertyTest: %d documents read and checked, %d rejected by the reader, seeds %d..%d",
                read, rejected, SEED, SEED + TRIES - 1));
        assertThat(failures).isEmpty();
        assertThat(read).isGreaterThan(TRIES / 2);
    }

    static final String REJECTED = "rejected";

    /** null when every property holds; REJECTED when the reader refused the bytes; else what broke. */
    static String check(String text, Charset charset) {
        Path file = Path.of("fuzz.txt");
        Document doc;
        try {
            doc = READER.read(file, text.getBytes(charset), Manifest.empty());
        } catch (InputException e) {
            return REJECTED;
        } catch (Throwable e) {
            return "reader threw " + e;
        }
        try {
            String original = doc.text().original();
            if (doc.text().normalized().length() != original.length()) {
                return "normalised length differs";
            }
            ExtractedDocument extracted = pipeline.extract(doc);
            List<Evidence> evidence = new ArrayList<>();
            for (Section s : extracted.structure().sections()) {
                if (s.start() < 0 || s.end() > original.length() || s.start() > s.end()) {
                    return "section " + s.id() + " span " + s.start() + ".." + s.end() + " outside text of " + original.length();
                }
            }
            for (Measure m : extracted.structure().measures()) {
                if (m.start() < 0 || m.end() > original.length() || m.start() > m.end()) {
                    return "measure " + m.id() + " span " + m.start() + ".." + m.end() + " outside text of " + original.length();
                }
                if (!m.contains(m.titleEvidence())) {
                    return "measure " + m.id() + " title evidence " + m.titleEvidence() + " outside " + m.start() + ".." + m.end();
                }
                evidence.add(m.titleEvidence());
            }
            extracted.targets().stream().map(Target::evidence).forEach(evidence::add);
            extracted.places().stream().map(PlaceMention::evidence).forEach(evidence::add);
            extracted.projects().stream().map(ProjectMention::evidence).forEach(evidence::add);
            extracted.departments().stream().map(DepartmentMention::evidence).forEach(evidence::add);
            for (Evidence e : evidence) {
                if (e.end() > original.length() || !original.substring(e.start(), e.end()).equals(e.quote())) {
                    return "evidence " + e.start() + ".." + e.end() + " does not slice its quote '" + e.quote() + "'";
                }
                if (!e.documentId().equals(doc.id())) {
                    return "evidence of another document: " + e.documentId();
                }
            }
            pipeline.map(extracted);
            return null;
        } catch (Throwable e) {
            StackTraceElement top = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            return "threw " + e + " at " + top;
        }
    }

    /** Removes chunks of the text while the same kind of failure remains (a simple delta debugging). */
    static String shrink(String text, Charset charset) {
        String kind = kind(check(text, charset));
        String best = text;
        for (int chunk = Math.max(1, best.length() / 2); chunk >= 1; chunk /= 2) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (int at = 0; at + chunk <= best.length(); at += chunk) {
                    String candidate = DocumentMutator.keepPairsWhole(best.substring(0, at) + best.substring(at + chunk));
                    String result = check(candidate, charset);
                    if (result != null && !result.equals(REJECTED) && kind(result).equals(kind)) {
                        best = candidate;
                        progress = true;
                        break;
                    }
                }
            }
        }
        return best;
    }

    private static String kind(String failure) {
        return failure == null ? "" : failure.replaceAll("\\d+", "#").replaceAll("'.*'", "'…'");
    }

    private static Path save(Case c, String shrunk) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "fuzz-failures"));
        Path file = dir.resolve("seed-" + c.seed() + ".txt");
        Files.writeString(file, shrunk, StandardCharsets.UTF_8);
        return file;
    }
}
