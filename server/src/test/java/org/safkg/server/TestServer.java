package org.safkg.server;

import org.safkg.remote.RemoteQueryRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.safkg.load.StudyLoader;
import org.safkg.query.QueryCatalog;
import org.safkg.store.StudyStore;

/** One real SAF-KG server for the whole test run: a fresh store with the bundled study, on a free loopback port. */
final class TestServer {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();
    private static TestServer instance;

    final Path dir;
    final StudyStore store;
    final SafkgServer server;
    final Map<String, String> logins;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() throws IOException {
        this(false);
    }

    private TestServer(boolean adminApi) throws IOException {
        dir = Files.createTempDirectory(ROOT.resolve("server/target"), "server-test-");
        store = StudyStore.open(dir.resolve("tdb2"));
        new StudyLoader().load(ROOT.resolve("data/vanguard-2022"), store);
        var settings = new SafkgServer.Settings(ROOT.resolve("fuseki-config/safkg.ttl"), dir.resolve("tdb2"), org.safkg.store.StudyTextIndex.folderFor(dir.resolve("tdb2")),
                dir.resolve("passwd"), dir.resolve("run"), "localhost", 0, adminApi);
        server = SafkgServer.start(settings, QueryCatalog.fromFolder(ROOT.resolve("queries")));
        logins = PasswordFile.read(dir.resolve("passwd"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    /** A server of its own, e.g. for tests that throttle logins, which would lock the shared one's users out. */
    static TestServer fresh() {
        try {
            return new TestServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server of its own with the admin API on, as {@code serve --admin} starts it. */
    static TestServer withAdminApi() {
        try {
            return new TestServer(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String url(String path) {
        return base() + path;
    }

    RemoteQueryRunner.Login login(String user) {
        return new RemoteQueryRunner.Login(user, logins.get(user));
    }

    /** Sends a request, with a login when user is not null, and returns the response. */
    HttpResponse<String> send(String method, String path, String contentType, String body, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) b.header("Content-Type", contentType);
        if (user != null) b.header("Authorization", login(user).header());
        HttpRequest request = b.build();
        try {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // The server closes a connection after refusing a request whose body it did not read; the
                // client may already have picked that pooled connection for this request, which then got no
                // bytes back and never reached the server. Sent again once, on a fresh connection.
                if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) throw e;
                return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A SPARQL SELECT over HTTP, answered as CSV. */
    HttpResponse<String> select(String dataset, String sparql, String user) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url("/" + dataset + "/query"))).timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(sparql, StandardCharsets.UTF_8));
        if (user != null) b.header("Authorization", login(user).header());
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One column of a CSV file of the bundled study, in row order (e.g. episodes.csv, label). */
    static List<String> bundleColumn(String file, String column) {
        try (var parser = org.apache.commons.csv.CSVParser.parse(ROOT.resolve("data/vanguard-2022/" + file), StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.stream().map(r -> r.get(column)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The label of an episode of the bundled study, as in its episodes.csv. */
    static String episodeLabel(String id) {
        return bundleColumn("episodes.csv", "label").get(bundleColumn("episodes.csv", "id").indexOf(id));
    }

    /** The excerpt texts of the bundled study, as in its excerpts.csv. */
    /** Ids of the bundled excerpts whose text matches the regex (case-insensitive, on the whole text). */
    static List<String> excerptIdsMatching(String regex) {
        java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex, java.util.regex.Pattern.CASE_INSENSITIVE);
        try (var parser = org.apache.commons.csv.CSVParser.parse(ROOT.resolve("data/vanguard-2022/excerpts.csv"), StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.stream().filter(r -> p.matcher(r.get("text")).find()).map(r -> r.get("id")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> excerptTexts() {
        try (var parser = org.apache.commons.csv.CSVParser.parse(ROOT.resolve("data/vanguard-2022/excerpts.csv"), StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.stream().map(r -> r.get("text")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
