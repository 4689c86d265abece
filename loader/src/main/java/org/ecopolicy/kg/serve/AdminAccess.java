package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Points Fuseki's run area at a folder of ours and puts our Shiro configuration there: the
 * admin endpoints ({@code /$/datasets}, backups, compaction, tasks …) answer only to localhost,
 * while the console's files, ping and server status stay public. {@link AdminGuard} adds the
 * operator's password on top.
 */
final class AdminAccess {

    private static final String SHIRO_RESOURCE = "/serve/shiro.ini";

    private AdminAccess() {
    }

    static void prepare(Path runArea) {
        try {
            Files.createDirectories(runArea);
            Path shiro = runArea.resolve("shiro.ini");
            try (InputStream in = AdminAccess.class.getResourceAsStream(SHIRO_RESOURCE)) {
                Files.copy(in, shiro, StandardCopyOption.REPLACE_EXISTING);
            }
            // Fuseki reads these through Lib.getenv, which falls back to system properties.
            System.setProperty("FUSEKI_BASE", runArea.toAbsolutePath().toString());
            System.setProperty("FUSEKI_SHIRO", shiro.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare Fuseki run area " + runArea, e);
        }
    }
}
