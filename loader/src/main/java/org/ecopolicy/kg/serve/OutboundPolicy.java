package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.util.Context;

/**
 * Where the server may connect on a request's behalf: nowhere, unless the operator named the
 * place. SPARQL {@code SERVICE} may call only URLs under an entry of the service allow-list, and
 * {@code LOAD} may read only URLs under an entry of the load allow-list ({@code file:} never). An
 * address of this machine on this server's own port is refused even when listed, so a query
 * cannot make the server call its own admin endpoints from 127.0.0.1.
 */
final class OutboundPolicy {

    private final List<URI> services;
    private final List<URI> loads;
    private final HttpClient client;
    private volatile int ownPort = -1;

    /** @param queryTimeout the longest a query may run; outbound calls get half of it */
    OutboundPolicy(List<String> services, List<String> loads, Duration queryTimeout) {
        this.services = services.stream().map(OutboundPolicy::entry).toList();
        this.loads = loads.stream().map(OutboundPolicy::entry).toList();
        // No redirects: an allowed endpoint could otherwise send the call anywhere.
        this.client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofMillis(timeout(queryTimeout.toMillis()))).build();
    }

    /** Outbound calls get half the query's time, so the query can still answer when they time out. */
    static long timeout(long queryMillis) {
        return Math.max(250, queryMillis / 2);
    }

    /**
     * Sets ARQ's SERVICE switches in {@code context}: on only with an allow-list (the URLs are
     * checked by {@link QueryPolicy} before the query runs), with this policy's HTTP client and a
     * timeout of half {@code queryMillis}.
     */
    void configure(Context context, long queryMillis) {
        context.set(ARQ.httpServiceAllowed, servicesAllowed());
        context.set(ARQ.httpQueryTimeout, timeout(queryMillis));
        context.set(ARQ.httpQueryClient, client);
    }

    /** An allow-list entry: an absolute http(s) URL. */
    private static URI entry(String url) {
        URI uri = parse(url).filter(OutboundPolicy::isHttp)
                .orElseThrow(() -> new IllegalArgumentException("not an http(s) URL for an allow-list: " + url));
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("allow-list URL without a host: " + url);
        }
        return uri;
    }

    /** Told once the server listens, so calls to its own port can be recognised. */
    void ownPort(int port) {
        ownPort = port;
    }

    boolean servicesAllowed() {
        return !services.isEmpty();
    }

    /** Why a SERVICE call to {@code url} is refused; empty when it is allowed. */
    Optional<String> refuseService(String url) {
        if (services.isEmpty()) {
            return Optional.of("SERVICE is not allowed on this server: queries may not call other endpoints "
                    + "(the operator can allow endpoints with --allow-service URL).");
        }
        return refuse("SERVICE", url, services, "--allow-service");
    }

    /** Why {@code LOAD <url>} is refused; empty when it is allowed. */
    Optional<String> refuseLoad(String url) {
        if (url.regionMatches(true, 0, "file:", 0, 5)) {
            return Optional.of("LOAD from a file is not allowed on this server: " + url);
        }
        if (loads.isEmpty()) {
            return Optional.of("LOAD is not allowed on this server: updates may not fetch data from other places "
                    + "(the operator can allow sources with --allow-load URL).");
        }
        return refuse("LOAD", url, loads, "--allow-load");
    }

    private Optional<String> refuse(String what, String url, List<URI> allowed, String option) {
        Optional<URI> target = parse(url).filter(OutboundPolicy::isHttp).filter(u -> u.getHost() != null);
        if (target.isEmpty() || target.get().getRawUserInfo() != null) {
            return Optional.of(what + " target is not a plain http(s) URL: " + url);
        }
        if (allowed.stream().noneMatch(a -> under(target.get(), a))) {
            return Optional.of(what + " to " + url + " is not allowed: not under any " + option + " URL.");
        }
        if (isThisServer(target.get())) {
            return Optional.of(what + " to this server itself is not allowed: " + url);
        }
        return Optional.empty();
    }

    /** Same scheme, host and port, and the path at or below the entry's path. */
    static boolean under(URI target, URI allowed) {
        if (!target.getScheme().equalsIgnoreCase(allowed.getScheme())
                || !target.getHost().equalsIgnoreCase(allowed.getHost()) || port(target) != port(allowed)) {
            return false;
        }
        String prefix = allowed.getRawPath() == null ? "" : allowed.getRawPath();
        String path = target.getRawPath() == null ? "" : target.getRawPath();
        if (prefix.isEmpty() || prefix.equals("/")) {
            return true;
        }
        return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
    }

    /** An address of this machine on the port this server listens on. */
    private boolean isThisServer(URI target) {
        if (port(target) != ownPort) {
            return false;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(target.getHost())) {
                if (address.isLoopbackAddress() || address.isAnyLocalAddress()
                        || NetworkInterface.getByInetAddress(address) != null) {
                    return true;
                }
            }
            return false;
        } catch (UnknownHostException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() >= 0) {
            return uri.getPort();
        }
        return uri.getScheme().toLowerCase(Locale.ROOT).equals("https") ? 443 : 80;
    }

    private static boolean isHttp(URI uri) {
        String scheme = uri.getScheme();
        return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
    }

    private static Optional<URI> parse(String url) {
        try {
            return Optional.of(new URI(url));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
