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
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Writes the whole graph as a linked-data dump, with a VoID/DCAT description of it and a
 * {@code SHA256SUMS} file for the dump.
 */
public final class Exporter {

    private final DatasetGraph dataset;

    public Exporter(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public record Result(Path dump, long triples, String sha256, Path description) {
    }

    public Result export(DumpFormat format, Path outDir, boolean gzip, String baseIri) {
        try {
            Files.createDirectories(outDir);
            String fileName = "ecokg." + format.extension() + (gzip ? ".gz" : "");
            Path dump = outDir.resolve(fileName);
            long triples = Txn.calculateRead(dataset, () -> {
                try (OutputStream out = open(dump, gzip)) {
                    if (format.quads()) {
                        RDFDataMgr.write(out, dataset, format.rdfFormat());
                    } else {
                        RDFDataMgr.write(out, union(), format.rdfFormat());
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return union().size();
            });
            String sha = sha256(dump);
            Files.writeString(outDir.resolve("SHA256SUMS"), sha + "  " + fileName + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            Path description = outDir.resolve("void.ttl");
            DatasetDescription.write(dataset, baseIri, fileName, format, sha, triples, description);
            return new Result(dump, triples, sha, description);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot export to " + outDir, e);
        }
    }

    private Graph union() {
        return dataset.getUnionGraph();
    }

    private static OutputStream open(Path file, boolean gzip) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
        return gzip ? new GZIPOutputStream(out) : out;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
