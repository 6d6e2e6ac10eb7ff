package org.safkg.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The first handler of the server, before Jetty's login check and before any routing: refuses, with a 4xx and one
 * line, a request whose path could be read two ways ({@code ..}, {@code %2e}, {@code //}, {@code ;}), a body or query
 * over the size limit, the admin API beyond what the UI reads (unless the operator turned it on), a write with a
 * login from a foreign page (CSRF), and logins after repeated failures (429).
 */
public final class RequestGate extends Handler.Wrapper {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGate.class);
    /** One line per request: method, path (no query string), status, milliseconds. */
    private static final Logger REQUESTS = LoggerFactory.getLogger("org.safkg.requests");
    /** Default limit of a query or form body, and of a GET query string: 256 KB (a competency query is under 4 KB). */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;
    /** Default limit of an admin's upload, GSP write or update: 64 MiB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    /** Failed logins that throttle a user name, and a client address, for a minute. */
    static final int FAILURES_PER_USER = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    /** What the Fuseki UI reads of the admin API, and its syntax validators (pure functions of the posted text). */
    private static final Set<String> ADMIN_READS_FOR_THE_UI = Set.of("/$/ping", "/$/server", "/$/datasets");
    private static final String VALIDATORS = "/$/validate/";

    /** The limits and switches an operator can set. */
    public record Limits(long maxQueryBytes, long maxUploadBytes, boolean adminApi) {
        public static Limits defaults() {
            return new Limits(Long.getLong("safkg.max-query-bytes", DEFAULT_MAX_QUERY_BYTES),
                    Long.getLong("safkg.max-upload-bytes", DEFAULT_MAX_UPLOAD_BYTES), false);
        }
    }

    private final Limits limits;
    private final Map<String, String> logins;
    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100_000).build();

    /**
     * @param logins the password file's users and passwords, to tell a failed login before Jetty answers it
     */
    public RequestGate(Handler next, Limits limits, Map<String, String> logins) {
        super(next);
        this.limits = limits;
        this.logins = Map.copyOf(logins);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        securityHeaders(response);
        String path = request.getHttpURI().getPath();
        String query = request.getHttpURI().getQuery();
        String method = request.getMethod();
        String refusedPath = ambiguity(path == null ? "" : path);
        if (refusedPath != null) return refuse(response, callback, 400, "Refused path: " + refusedPath + ".");
        if (query != null && query.length() > limits.maxQueryBytes()) {
            return refuse(response, callback, 414, "The query string is longer than " + limits.maxQueryBytes() + " bytes: send the query by POST.");
        }
        boolean upload = isWrite(path, method, request);
        long max = upload ? limits.maxUploadBytes() : limits.maxQueryBytes();
        long length = request.getLength();
        if (length > max) return refuse(response, callback, 413, "The request body is " + length + " bytes, more than the limit of " + max + ".");
        if (length < 0 && !READS.contains(method) && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING)) {
            return refuse(response, callback, 411, "Send the body with a Content-Length.");
        }
        String login = basicLogin(request);
        if (path.startsWith("/$/") && !adminAllowed(path, method, login)) {
            return refuse(response, callback, 403, limits.adminApi()
                    ? "The admin API needs the admin login."
                    : "The admin API is off on this server (start it with --admin to manage datasets).");
        }
        if (login != null) {
            String user = login.substring(0, login.indexOf(':'));
            String address = Request.getRemoteAddr(request);
            if (count("user:" + user) >= FAILURES_PER_USER || count("addr:" + address) >= FAILURES_PER_ADDRESS) {
                LOG.warn("login throttled: user {} from {}", user, address);
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "60");
                return refuse(response, callback, 429, "Too many failed logins: try again in a minute.");
            }
            if (!login.substring(login.indexOf(':') + 1).equals(logins.get(user))) {
                failures.get("user:" + user, k -> new AtomicInteger()).incrementAndGet();
                failures.get("addr:" + address, k -> new AtomicInteger()).incrementAndGet();
            }
            if (upload && !sameOrigin(request, method)) {
                return refuse(response, callback, 403, "A write with a login must come from this server's own pages (Origin) or with a SPARQL or RDF content type.");
            }
        }
        if (!REQUESTS.isInfoEnabled()) return super.handle(request, response, callback);
        long started = System.nanoTime();
        String method0 = method;
        String path0 = path;
        Callback logged = Callback.from(callback, () -> REQUESTS.info("{} {} {} {} ms", method0, path0, response.getStatus(),
                (System.nanoTime() - started) / 1_000_000));
        return super.handle(request, response, logged);
    }

    /** The headers every response carries, the HTML pages first: no framing (clickjacking), no plugins, no MIME sniffing. */
    static void securityHeaders(Response response) {
        response.getHeaders().put("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "same-origin");
    }

    /** Why the raw path could be read two ways, or null: routing and guards must see the path the client sent. */
    static String ambiguity(String rawPath) {
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e")) return "an encoded '.' (%2e)";
        if (lower.contains("%2f") || lower.contains("%5c") || rawPath.contains("\\")) return "an encoded or back slash";
        if (lower.contains("%00")) return "a NUL";
        if (rawPath.contains(";")) return "a ';' parameter";
        if (rawPath.contains("//")) return "an empty segment ('//')";
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) return "a '" + segment + "' segment";
        }
        return null;
    }

    private boolean adminAllowed(String path, String method, String login) {
        if (READS.contains(method) && (ADMIN_READS_FOR_THE_UI.contains(path) || path.startsWith("/$/datasets/") && path.indexOf('/', "/$/datasets/".length()) < 0)) {
            return true;
        }
        if ("POST".equals(method) && path.startsWith(VALIDATORS)) return true;
        return limits.adminApi() && login != null && login.equals("admin:" + logins.get("admin"));
    }

    /** Whether the request would change data: the research service's write endpoints, the admin API, or a SPARQL update. */
    private static boolean isWrite(String path, String method, Request request) {
        if (READS.contains(method)) return false;
        if (!"POST".equals(method)) return true;
        String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        return path.startsWith("/$/") && !path.startsWith(VALIDATORS) || path.endsWith("/update") || path.endsWith("/data")
                || path.endsWith("/upload") || type.startsWith("application/sparql-update");
    }

    /**
     * A write with a login: from this server's own page, or from a program (no Origin). A POST without Origin must
     * have a type no HTML form can send (PUT and DELETE cannot come from a form at all).
     */
    private static boolean sameOrigin(Request request, String method) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            if (!"POST".equals(method)) return true;
            String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
            return !(type.equals("null") || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")
                    || type.startsWith("text/plain"));
        }
        String host = request.getHeaders().get(HttpHeader.HOST);
        return host != null && (origin.equals("http://" + host) || origin.equals("https://" + host));
    }

    private int count(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n == null ? 0 : n.get();
    }

    /** The "user:password" of a Basic login, or null. */
    private static String basicLogin(Request request) {
        String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Basic ", 0, 6)) return null;
        try {
            String decoded = new String(Base64.getDecoder().decode(auth.substring(6).trim()), StandardCharsets.UTF_8);
            return decoded.indexOf(':') > 0 ? decoded : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean refuse(Response response, Callback callback, int status, String message) {
        if (REQUESTS.isInfoEnabled()) REQUESTS.info("refused {}: {}", status, message);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Content.Sink.write(response, true, message + "\n", callback);
        return true;
    }
}
