package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.util.security.Credential;

/**
 * Users and passwords from a file in Jetty's format ({@code user: password} per line, the
 * password plain or as {@code MD5:…}, {@code CRYPT:…}, {@code OBF:…}; {@code #} starts a comment),
 * checked against an HTTP Basic {@code Authorization} header.
 */
final class PasswordFile {

    private final Map<String, Credential> users;

    private PasswordFile(Map<String, Credential> users) {
        this.users = users;
    }

    static PasswordFile read(Path file) {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("password file not readable: " + file);
        }
        Map<String, Credential> users = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read password file " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'user: password'");
            }
            String secret = line.substring(colon + 1).strip();
            int roles = secret.indexOf(',');
            users.put(line.substring(0, colon).strip(),
                    Credential.getCredential(roles < 0 ? secret : secret.substring(0, roles).strip()));
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("password file has no users: " + file);
        }
        return new PasswordFile(users);
    }

    /** The user an {@code Authorization: Basic …} header names, when its password is right. */
    Optional<String> check(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        Credential credential = users.get(user);
        return credential != null && credential.check(decoded.substring(colon + 1)) ? Optional.of(user) : Optional.empty();
    }
}
