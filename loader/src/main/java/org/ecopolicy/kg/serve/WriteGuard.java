package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Guards every write to the dataset ({@code /ecokg/update}, Graph Store writes to
 * {@code /ecokg/data}, and anything else under {@code /ecokg/} that is not a read): the request
 * must
 * <ol>
 * <li>come from this site, when it says where it comes from: a browser's {@code Origin} header
 *     naming another site is refused (cross-site request forgery against a browser that holds
 *     the editor's Basic credentials);</li>
 * <li>carry a content type no HTML form can send ({@code application/sparql-update} or an RDF
 *     syntax), so that a form on another site cannot write even where a browser sends no
 *     {@code Origin};</li>
 * <li>carry an editor's password from the password file, with a back-off after repeated wrong
 *     passwords.</li>
 * </ol>
 * Reads (GET, HEAD, OPTIONS, and queries on the read endpoints) pass untouched, so
 * {@code GET /ecokg/data} stays open.
 */
final class WriteGuard implements Filter {

    static final String REALM = "EcoPolicy KG";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    /** Endpoints of the dataset that only read, whatever the method (SPARQL query by POST). */
    private static final Set<String> READ_ENDPOINTS = Set.of("", "sparql", "query", "get");
    /** Content types an HTML form can send without the browser asking the server first. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final String dataset;
    private final PasswordFile editors;
    private final FailureBackoff backoff;
    private final Optional<String> publicOrigin;
    private final AtomicLong dataVersion;

    /** @param dataVersion advanced after every write, so that cached dumps are rebuilt */
    WriteGuard(String dataset, PasswordFile editors, FailureBackoff backoff, String publicBaseUrl, AtomicLong dataVersion) {
        this.dataset = dataset;
        this.dataVersion = dataVersion;
        this.editors = editors;
        this.backoff = backoff;
        this.publicOrigin = Optional.ofNullable(publicBaseUrl).map(WriteGuard::origin);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!isWrite(request)) {
            chain.doFilter(request, response);
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !isOwnOrigin(origin, request)) {
            PlainError.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Cross-site write refused: Origin " + origin + " is not this server.");
            return;
        }
        // A DELETE carries no body and no form can send one (a cross-site one needs CORS, and its Origin is refused above).
        if (!"DELETE".equalsIgnoreCase(request.getMethod()) && isFormType(request.getContentType())) {
            PlainError.send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Writes need the content type application/sparql-update or an RDF syntax (such as text/turtle), "
                            + "not a form type: " + request.getContentType());
            return;
        }
        String client = request.getRemoteAddr();
        long wait = backoff.waitSeconds(client);
        if (wait > 0) {
            PlainError.backedOff(response, wait);
            return;
        }
        if (editors.check(request.getHeader("Authorization")).isEmpty()) {
            if (request.getHeader("Authorization") != null) {
                backoff.failed(client);
            }
            PlainError.unauthorized(response, REALM, "Writing needs an editor's password (HTTP Basic).");
            return;
        }
        backoff.succeeded(client);
        try {
            chain.doFilter(request, response);
        } finally {
            dataVersion.incrementAndGet();
        }
    }

    /** A request that may change the data: not a read method, and not on a read-only endpoint. */
    private boolean isWrite(HttpServletRequest request) {
        if (READ_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return false;
        }
        String path = path(request);
        if (!path.equals(dataset) && !path.startsWith(dataset + "/")) {
            return false;
        }
        String endpoint = path.substring(dataset.length()).replaceAll("^/+|/+$", "");
        return !READ_ENDPOINTS.contains(endpoint);
    }

    /** The request's path, decoded and normalised by Jetty, so {@code /%65cokg/update} is judged as {@code /ecokg/update}. */
    static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    static boolean isFormType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return FORM_TYPES.contains(type);
    }

    private boolean isOwnOrigin(String origin, HttpServletRequest request) {
        String normalised = origin(origin);
        if (normalised.isEmpty()) {
            return false;
        }
        if (publicOrigin.isPresent() && publicOrigin.get().equals(normalised)) {
            return true;
        }
        String host = request.getHeader("Host");
        return host != null && normalised.equals(origin(request.getScheme() + "://" + host));
    }

    /** {@code scheme://host:port}, lower case with the port spelled out; "" for no parseable origin ("null"). */
    static String origin(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
