package org.ecopolicy.kg.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;

/**
 * Writes the whole graph as a linked-data dump: the union of all named graphs (ontology, SKOS
 * schemes and gazetteer included, they are the reference graph) for the triple formats, the named
 * graphs themselves for TriG. Beside the dumps it keeps {@code void.ttl} (VoID + DCAT, describing
 * every dump in the folder) and {@code SHA256SUMS}, so exporting several formats into one folder
 * builds one consistent release.
 */
public final class Exporter {

    public static final String DESCRIPTION_FILE = "void.ttl";
    public static final String CHECKSUM_FILE = "SHA256SUMS";

    private final DatasetGraph dataset;

    public Exporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * @param statements triples written (quads for TriG)
     * @param took       time to write the dump (not the description)
     */
    public record Result(Path dump, long statements, long bytes, String sha256, Path description, Duration took) {
        /** Kept for callers that think in triples. */
        public long triples() {
            return statements;
        }
    }

    /** Exports with the default SPARQL endpoint in the description. */
    public Result export(DumpFormat format, Path outDir, boolean gzip, String baseIri) {
        return export(format, outDir, gzip, baseIri, DatasetDescription.DEFAULT_ENDPOINT);
    }

    public Result export(DumpFormat format, Path outDir, boolean gzip, String baseIri, String sparqlEndpoint) {
        return export(List.of(format), outDir, gzip, baseIri, sparqlEndpoint).get(0);
    }

    /** Writes several dumps, then the description and checksums once for the whole folder. */
    public List<Result> export(List<DumpFormat> formats, Path outDir, boolean gzip, String baseIri, String sparqlEndpoint) {
        try {
            Files.createDirectories(outDir);
            long triples = statements(DumpFormat.TTL);
            long quads = statements(DumpFormat.TRIG);
            List<Path> dumps = new ArrayList<>();
            List<Duration> times = new ArrayList<>();
            for (DumpFormat format : formats) {
                Path dump = outDir.resolve(format.fileName(gzip));
                long start = System.nanoTime();
                Path partial = outDir.resolve(dump.getFileName() + ".part");
                try (OutputStream out = open(partial, gzip)) {
                    write(format, out);
                }
                Files.move(partial, dump, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                dumps.add(dump);
                times.add(Duration.ofNanos(System.nanoTime() - start));
            }

            // Describe every dump now in the folder, then checksum dumps and description together.
            List<DatasetDescription.Distribution> distributions = new ArrayList<>();
            List<Path> files = new ArrayList<>();
            for (DumpFormat f : DumpFormat.values()) {
                for (boolean gz : new boolean[] {false, true}) {
                    Path file = outDir.resolve(f.fileName(gz));
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                        distributions.add(new DatasetDescription.Distribution(file.getFileName().toString(), f, gz,
                                Files.size(file), sha256(file), f.quads() ? quads : triples));
                    }
                }
            }
            Path description = outDir.resolve(DESCRIPTION_FILE);
            LocalDate issued = previousIssued(description);
            Model model = DatasetDescription.describe(dataset,
                    new DatasetDescription.Settings(baseIri, sparqlEndpoint, baseIri, issued), distributions);
            try (OutputStream out = Files.newOutputStream(description)) {
                RDFDataMgr.write(out, model, RDFFormat.TURTLE_PRETTY);
            }
            files.add(description);
            StringBuilder sums = new StringBuilder();
            for (Path file : files) {
                sums.append(sha256(file)).append("  ").append(file.getFileName()).append('\n');
            }
            Files.writeString(outDir.resolve(CHECKSUM_FILE), sums, StandardCharsets.UTF_8);
            List<Result> results = new ArrayList<>();
            for (int i = 0; i < formats.size(); i++) {
                Path dump = dumps.get(i);
                results.add(new Result(dump, formats.get(i).quads() ? quads : triples, Files.size(dump), sha256(dump),
                        description, times.get(i)));
            }
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + outDir, e);
        }
    }

    /** Streams a dump of the whole graph in {@code format}, in one read transaction. */
    public void write(DumpFormat format, OutputStream out) {
        Txn.executeRead(dataset, () -> {
            if (format == DumpFormat.NQ) {
                // streamed quad by quad from the named graphs: nothing is held in memory
                StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                stream.start();
                dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                stream.finish();
            } else if (format.quads()) {
                RDFDataMgr.write(out, namedGraphs(), format.rdfFormat());
            } else {
                Graph union = union();
                if (format == DumpFormat.JSONLD) {
                    JsonLdDump.write(union, out);
                } else {
                    RDFDataMgr.write(out, union, format.rdfFormat());
                }
            }
        });
    }

    /** Triples in the union graph, or quads in the named graphs for TriG and N-Quads. */
    public long statements(DumpFormat format) {
        return Txn.calculateRead(dataset, () -> {
            if (format.quads()) {
                long[] quads = {0};
                dataset.listGraphNodes().forEachRemaining(g -> quads[0] += dataset.getGraph(g).size());
                return quads[0];
            }
            return org.apache.jena.atlas.iterator.Iter.count(dataset.getUnionGraph().find());
        });
    }

    /** The union of all graphs, materialised with prefixes for readable Turtle. */
    private Graph union() {
        Graph copy = GraphFactory.createDefaultGraph();
        dataset.getUnionGraph().find().forEachRemaining(copy::add);
        copy.getPrefixMapping().setNsPrefixes(Prefixes.MAPPING);
        return copy;
    }

    /** The named graphs only: the default graph is a union view, not data of its own. */
    private DatasetGraph namedGraphs() {
        DatasetGraph copy = org.apache.jena.sparql.core.DatasetGraphFactory.createTxnMem();
        copy.prefixes().putAll(Prefixes.MAPPING);
        dataset.listGraphNodes().forEachRemaining(g -> dataset.getGraph(g).find().forEachRemaining(
                t -> copy.add(g, t.getSubject(), t.getPredicate(), t.getObject())));
        return copy;
    }

    private static LocalDate previousIssued(Path description) {
        if (Files.isRegularFile(description)) {
            try {
                Model old = ModelFactory.createDefaultModel();
                RDFDataMgr.read(old, description.toUri().toString(), Lang.TURTLE);
                for (Statement s : old.listStatements(null, DCTerms.issued, (org.apache.jena.rdf.model.RDFNode) null).toList()) {
                    return LocalDate.parse(s.getString());
                }
            } catch (RuntimeException e) {
                // An unreadable old description is replaced.
            }
        }
        return LocalDate.now();
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        return gzip ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
