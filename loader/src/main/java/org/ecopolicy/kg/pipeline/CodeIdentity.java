package org.ecopolicy.kg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

import org.ecopolicy.kg.rules.ClasspathFiles;

/**
 * The build identity of the code that shapes the graph, computed rather than bumped by hand: a
 * digest of the class files of the stages from reading to mapping, and of the versions of the
 * libraries they rely on (HanLP segments, Jena writes). A change to the server or the command line
 * leaves it alone; a change to extraction or mapping changes it.
 */
final class CodeIdentity {

    /** Packages whose classes decide what the graph holds. */
    static final List<String> PACKAGES = List.of("model", "read", "structure", "extract", "link", "rdf",
            "rules", "vocabulary", "pipeline");

    private static final List<String> LIBRARIES = List.of("com.hankcs/hanlp", "org.apache.jena/jena-arq");

    private static String hash;

    private CodeIdentity() {
    }

    static synchronized String hash() {
        if (hash == null) {
            hash = compute();
        }
        return hash;
    }

    private static String compute() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String pkg : PACKAGES) {
                for (String name : ClasspathFiles.under("org/ecopolicy/kg/" + pkg)) {
                    if (name.endsWith(".class") && name.indexOf('/', ("org/ecopolicy/kg/" + pkg + "/").length()) < 0) {
                        digest.update(name.getBytes(StandardCharsets.UTF_8));
                        try (InputStream in = CodeIdentity.class.getResourceAsStream("/" + name)) {
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
            for (String library : LIBRARIES) {
                digest.update((library + "=" + version(library) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the loader's class files", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String version(String library) throws IOException {
        try (InputStream in = CodeIdentity.class.getResourceAsStream("/META-INF/maven/" + library + "/pom.properties")) {
            if (in == null) {
                return "?";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "?");
        }
    }
}
