package org.ecopolicy.kg.serve;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the server runs.
 *
 * @param port         HTTP port; 0 for any free port
 * @param runArea      folder for Fuseki's own run files (shiro.ini, configuration, logs)
 * @param queryTimeout upper bound on any one query
 * @param passwordFile Jetty password file ({@code user: password} per line) enabling the
 *                     authenticated update and upload endpoints; null keeps the dataset read-only
 */
public record ServerSettings(int port, Path runArea, Duration queryTimeout, Path passwordFile) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public static ServerSettings readOnly(int port, Path runArea) {
        return new ServerSettings(port, runArea, DEFAULT_TIMEOUT, null);
    }
}
