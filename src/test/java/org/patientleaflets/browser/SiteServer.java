package org.patientleaflets.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Serves a built site on the loopback address only, under a sub-path as a clinic's server might, so that any
 * link written from the server's root instead of relative to the page fails to load. Java 17 has the JDK's
 * HTTP server but not yet its {@code SimpleFileServer}, hence the small file handler here.
 */
final class SiteServer implements AutoCloseable {

    static final String SUB_PATH = "/clinic/leaflets/";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "xml", "application/xml; charset=utf-8",
            "png", "image/png",
            "svg", "image/svg+xml");

    private final Path site;
    private final HttpServer server;
    private final List<String> failed = Collections.synchronizedList(new ArrayList<>());

    SiteServer(Path site) {
        this.site = site.toAbsolutePath().normalize();
        try {
            // Port 0: the system picks a free port, so runs never collide.
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(SUB_PATH, this::serve);
        // Anything asked outside the sub-path is a link that would break on a clinic's server.
        server.createContext("/", this::notFound);
        server.start();
    }

    /** The address of a page, given relative to the site. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH + page;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = site.resolve(path.endsWith("/") || path.isEmpty() ? path + "index.html" : path)
                    .normalize();
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                notFound(exchange);
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        failed.add(exchange.getRequestURI().toString());
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
    }

    /** The addresses asked since the last call that the server could not serve, and forgets them. */
    List<String> takeFailedRequests() {
        synchronized (failed) {
            List<String> taken = List.copyOf(failed);
            failed.clear();
            return taken;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
