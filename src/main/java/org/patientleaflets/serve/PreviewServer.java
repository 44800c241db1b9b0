package org.patientleaflets.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;
import org.patientleaflets.model.Diagnostic;
import org.patientleaflets.site.UrlScheme;

/**
 * Serves a built site on the loopback address only, for its writer to read while editing. Every HTML page it
 * sends carries, in the response only and never on disk, the findings of the last build about that page and a
 * small script that reloads the page as soon as a new build is ready.
 */
final class PreviewServer implements AutoCloseable {

    /** The server's own files live under this path, which no page of a site uses. */
    static final String OWN = "/_leaflet/";

    static final String RELOAD_SCRIPT = OWN + "reload.js";
    static final String STYLESHEET = OWN + "preview.css";
    static final String EVENTS = OWN + "events";

    private static final String INDEX = "index.html";

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    /**
     * A theme asset published under a name holding a hash of its content ({@code assets/site.3f2a9c1b.css}): a
     * changed file gets a new name, so the browser may keep it and a reload fetches the page alone.
     */
    private static final Pattern HASHED_ASSET = Pattern.compile("/assets/[^/]+\\.[0-9a-f]{8}\\.[a-z0-9]+");

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"));

    private final Path site;
    private final HttpServer server;
    private final ExecutorService threads;
    private final Set<OutputStream> listeners = new CopyOnWriteArraySet<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile PageFindings findings = PageFindings.none();

    /**
     * @param site the folder of the built site; it may not exist yet
     * @param port the port on 127.0.0.1, or 0 for any free one
     * @throws IOException when the port cannot be had, such as when another server holds it
     */
    PreviewServer(Path site, int port) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), port), 0);
        // Each open page holds a connection for its reload events, so threads are not pooled to a fixed few.
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "leaflet-preview-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The address of the site's root, such as {@code http://127.0.0.1:8080/}. */
    URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** Shows the findings of a new build from now on, and has every open page reload itself. */
    void show(PageFindings latest) {
        findings = latest;
        long current = generation.incrementAndGet();
        for (OutputStream listener : listeners) {
            try {
                send(listener, current);
            } catch (IOException e) {
                // The page was closed: it needs no reload.
                listeners.remove(listener);
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", bytes("only GET and HEAD are served"));
                return;
            }
            if (!isOwnHost(exchange.getRequestHeaders().getFirst("Host"))) {
                respond(
                        exchange,
                        403,
                        "text/plain; charset=utf-8",
                        bytes("the preview answers to " + address().getAuthority() + " and localhost only"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path.equals(EVENTS)) {
                listen(exchange);
                return;
            }
            if (path.startsWith(OWN)) {
                serveOwn(exchange, path.substring(OWN.length()));
                return;
            }
            serveSite(exchange, path);
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    /**
     * Whether a request names this server as its host. A page of another site whose name was made to lead to
     * 127.0.0.1 (DNS rebinding) names its own, and must not read the preview.
     */
    private boolean isOwnHost(String host) {
        int port = server.getAddress().getPort();
        // Browsers leave out the port when it is HTTP's own.
        String suffix = port == 80 ? "(:80)?" : ":" + port;
        return host != null && host.matches("(127\\.0\\.0\\.1|localhost)" + suffix);
    }

    private void serveSite(HttpExchange exchange, String path) throws IOException {
        Optional<Path> file = resolve(path);
        if (file.isPresent() && Files.isDirectory(file.get())) {
            if (!path.endsWith("/")) {
                // Pages link relative to their folder, which the browser knows only from the trailing slash.
                exchange.getResponseHeaders().set("Location", path + "/");
                respond(exchange, 301, "text/plain; charset=utf-8", bytes("moved to " + path + "/"));
                return;
            }
            file = Optional.of(file.get().resolve(INDEX));
        }
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            notFound(exchange, path);
            return;
        }
        String name = file.get().getFileName().toString();
        String type = TYPES.getOrDefault(extension(name), "application/octet-stream");
        byte[] body = Files.readAllBytes(file.get());
        if (HASHED_ASSET.matcher(path).matches()) {
            respond(exchange, 200, type, "max-age=31536000, immutable", body);
            return;
        }
        if (name.endsWith(".html")) {
            String page = site.relativize(file.get()).toString().replace('\\', '/');
            body = bytes(annotated(new String(body, StandardCharsets.UTF_8), findings.on(page), Optional.empty()));
        }
        respond(exchange, 200, type, body);
    }

    /**
     * The file of a request path inside the site, or empty when the path would lead out of it, whether by
     * {@code ..}, an encoded separator or a symbolic link.
     */
    private Optional<Path> resolve(String path) {
        if (!path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        Path file = site.resolve(path.substring(1)).normalize();
        if (!file.startsWith(site) || !Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return file.toRealPath().startsWith(site.toRealPath()) ? Optional.of(file) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void notFound(HttpExchange exchange, String path) throws IOException {
        Optional<String> notice = path.endsWith(".pdf")
                ? Optional.of("PDF leaflets are not made in preview, to keep it fast: run mvn leaflet:build to make"
                        + " them.")
                : Optional.empty();
        Path page = site.resolve(UrlScheme.notFound());
        String html = Files.isRegularFile(page)
                ? Files.readString(page)
                : "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
                        + "<body><h1>Not found</h1><p>The site has not been built yet.</p></body></html>";
        respond(exchange, 404, TYPES.get("html"), bytes(annotated(html, findings.on(UrlScheme.notFound()), notice)));
    }

    /** The page with the preview's stylesheet, a banner of its findings and the reload script. */
    private String annotated(String html, List<Diagnostic> shown, Optional<String> notice) {
        String withStyle = insertBefore(html, "</head>", "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n");
        String withBanner = insertAfterBodyTag(withStyle, banner(shown, notice));
        String script =
                "<script src=\"" + RELOAD_SCRIPT + "\" data-generation=\"" + generation.get() + "\" defer></script>\n";
        int end = withBanner.lastIndexOf("</body>");
        return end < 0 ? withBanner + script : withBanner.substring(0, end) + script + withBanner.substring(end);
    }

    private String banner(List<Diagnostic> shown, Optional<String> notice) {
        if (shown.isEmpty() && notice.isEmpty()) {
            return "";
        }
        StringBuilder banner = new StringBuilder("<aside class=\"leaflet-preview-findings\" role=\"alert\">\n");
        notice.ifPresent(
                text -> banner.append("<p>").append(Entities.escape(text)).append("</p>\n"));
        if (findings.blocked()) {
            banner.append("<p>The last change was not published: this page is from the last good build. Fix the")
                    .append(" findings below.</p>\n");
        }
        if (!shown.isEmpty()) {
            banner.append("<ul>\n");
            for (Diagnostic diagnostic : shown) {
                banner.append("<li class=\"")
                        .append(diagnostic.severity().label())
                        .append("\">")
                        .append(Entities.escape(diagnostic.format()))
                        .append("</li>\n");
            }
            banner.append("</ul>\n");
        }
        return banner.append("</aside>\n").toString();
    }

    private static String insertBefore(String html, String tag, String insertion) {
        int at = html.indexOf(tag);
        return at < 0 ? insertion + html : html.substring(0, at) + insertion + html.substring(at);
    }

    private static String insertAfterBodyTag(String html, String insertion) {
        int body = html.indexOf("<body");
        int end = body < 0 ? -1 : html.indexOf('>', body);
        return end < 0 ? insertion + html : html.substring(0, end + 1) + "\n" + insertion + html.substring(end + 1);
    }

    private void serveOwn(HttpExchange exchange, String name) throws IOException {
        String type = TYPES.get(extension(name));
        try (InputStream resource =
                name.contains("/") || type == null ? null : PreviewServer.class.getResourceAsStream(name)) {
            if (resource == null) {
                notFound(exchange, OWN + name);
                return;
            }
            respond(exchange, 200, type, resource.readAllBytes());
        }
    }

    /** Server-sent events: the current build's number at once, then each new one; the page compares. */
    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream stream = exchange.getResponseBody();
        listeners.add(stream);
        send(stream, generation.get());
    }

    private static void send(OutputStream stream, long current) throws IOException {
        synchronized (stream) {
            stream.write(bytes("retry: 500\ndata: " + current + "\n\n"));
            stream.flush();
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        // A preview is always of the latest build.
        respond(exchange, status, type, "no-store", body);
    }

    private static void respond(HttpExchange exchange, int status, String type, String caching, byte[] body)
            throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", caching);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Ends every open event stream, then the server and its threads. */
    @Override
    public void close() {
        for (OutputStream listener : listeners) {
            try {
                listener.close();
            } catch (IOException e) {
                // Already closed by the browser.
            }
        }
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
