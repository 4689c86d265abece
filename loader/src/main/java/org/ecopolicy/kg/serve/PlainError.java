package org.ecopolicy.kg.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** A refusal as a short plain-text message, the way Fuseki itself reports errors. */
final class PlainError {

    private PlainError() {
    }

    static void send(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 401 with a Basic challenge, so that clients know to send credentials. */
    static void unauthorized(HttpServletResponse response, String realm, String message) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\", charset=\"UTF-8\"");
        send(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    /** 429 while a client is backed off after wrong passwords. */
    static void backedOff(HttpServletResponse response, long seconds) throws IOException {
        response.setHeader("Retry-After", Long.toString(seconds));
        send(response, 429, "Too many wrong passwords from this address: try again in " + seconds + " s.");
    }
}
