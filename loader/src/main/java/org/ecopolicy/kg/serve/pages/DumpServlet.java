package org.ecopolicy.kg.serve.pages;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.ecopolicy.kg.export.DumpFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /dump/ecokg.ttl} etc.: the whole graph, exactly as {@code ecokg export} writes it, built
 * once per data version ({@link DumpCache}) and sent from the file with its length. Too many
 * builds at once: HTTP 503 with Retry-After; a failed build: HTTP 500, never a 200 with a cut body.
 */
final class DumpServlet extends HttpServlet {

    private final transient DumpCache cache;

    DumpServlet(DumpCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        for (DumpFormat f : DumpFormat.values()) {
            if (f.fileName(false).equals(name)) {
                send(f, name, response);
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "dumps: ecokg.ttl, ecokg.nt, ecokg.jsonld, ecokg.rdf, ecokg.trig");
    }

    private void send(DumpFormat f, String name, HttpServletResponse response) throws IOException {
        Path file;
        try {
            file = cache.dump(f);
        } catch (DumpCache.Busy e) {
            response.setHeader("Retry-After", "60");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage());
            return;
        } catch (UncheckedIOException | IOException e) {
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "The dump could not be prepared: " + e.getMessage());
            return;
        }
        response.setContentType(f.mediaType() + "; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLengthLong(Files.size(file));
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}
