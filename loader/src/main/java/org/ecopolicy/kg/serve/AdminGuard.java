package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Fuseki's admin endpoints ({@code /$/…}) need two things: the request comes from 127.0.0.1 or
 * ::1, and it carries an operator's password from the admin password file (with a back-off after
 * wrong passwords). The address alone is not enough: a reverse proxy on the same host, or a
 * query that makes the server call itself, would come from 127.0.0.1. Without an admin password
 * file there is no administration over HTTP at all.
 * <p>
 * Open to everyone: {@code /$/ping}, and {@code /$/server}, which the web console reads to find
 * the dataset; anyone but an operator gets a description of the public endpoints only (no
 * version, uptime or other datasets). The served dataset can never be deleted or taken offline
 * over HTTP, not even by an operator: that would take the endpoint away until a restart.
 */
final class AdminGuard implements Filter {

    static final String REALM = "EcoPolicy KG admin";
    private static final Set<String> LOCALHOST = Set.of("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");

    private final String dataset;
    private final Optional<PasswordFile> operators;
    private final FailureBackoff backoff;
    private final Supplier<String> publicServerDescription;

    AdminGuard(String dataset, Optional<PasswordFile> operators, FailureBackoff backoff,
               Supplier<String> publicServerDescription) {
        this.dataset = dataset;
        this.operators = operators;
        this.backoff = backoff;
        this.publicServerDescription = publicServerDescription;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = WriteGuard.path(request).replaceAll("/+$", "");
        if (path.equals("/$/ping")) {
            chain.doFilter(request, response);
            return;
        }
        boolean operator = isOperator(request);
        if (path.equals("/$/server") && !operator && isRead(request)) {
            response.setContentType("application/json;charset=utf-8");
            response.getOutputStream().write(publicServerDescription.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!LOCALHOST.contains(request.getRemoteAddr())) {
            PlainError.send(response, HttpServletResponse.SC_FORBIDDEN, "Administration is only possible from localhost.");
            return;
        }
        if (operators.isEmpty()) {
            PlainError.send(response, HttpServletResponse.SC_FORBIDDEN,
                    "Administration over HTTP is off: start the server with --admin-password-file to enable it.");
            return;
        }
        if (!operator) {
            refuseOperator(request, response);
            return;
        }
        if (!isRead(request) && (path.equals("/$/datasets" + dataset) || path.startsWith("/$/datasets" + dataset + "/"))) {
            PlainError.send(response, HttpServletResponse.SC_FORBIDDEN, "The served dataset " + dataset
                    + " cannot be deleted or taken offline over HTTP; stop the server instead.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** From localhost, with an operator's password; a wrong password counts towards the back-off. */
    private boolean isOperator(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (operators.isEmpty() || authorization == null || !LOCALHOST.contains(request.getRemoteAddr())
                || backoff.waitSeconds(request.getRemoteAddr()) > 0) {
            return false;
        }
        if (operators.get().check(authorization).isEmpty()) {
            backoff.failed(request.getRemoteAddr());
            return false;
        }
        backoff.succeeded(request.getRemoteAddr());
        return true;
    }

    private void refuseOperator(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long wait = backoff.waitSeconds(request.getRemoteAddr());
        if (wait > 0) {
            PlainError.backedOff(response, wait);
        } else {
            PlainError.unauthorized(response, REALM, "Administration needs an operator's password (HTTP Basic).");
        }
    }

    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        return method.equals("GET") || method.equals("HEAD");
    }
}
