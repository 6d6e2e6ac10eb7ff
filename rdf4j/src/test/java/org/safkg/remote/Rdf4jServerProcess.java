package org.safkg.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real RDF4J Server (the {@code rdf4j-http-server} war, 4.1.3: the newest on Maven Central) served
 * by a Jetty 9.4 runner in a child process on a free loopback port; both are copied into target/
 * by the build. A process of its own because the war needs javax.servlet and Jetty 9, while
 * Jena's Fuseki on the test classpath is Jetty 12.
 */
final class Rdf4jServerProcess implements AutoCloseable {
    private static final Path WAR = Path.of(System.getProperty("safkg.rdf4jServerWar", "target/servers/rdf4j-server.war"));
    private static final Path RUNNER = Path.of(System.getProperty("safkg.jettyRunnerJar", "target/servers/jetty-runner.jar"));
    private final Path dir;
    private final int port;
    private final Process process;

    private Rdf4jServerProcess(Path dir, int port, Process process) {
        this.dir = dir;
        this.port = port;
        this.process = process;
    }

    static Rdf4jServerProcess start(Path dir) {
        return start(dir, "512m");
    }

    /** A server whose JVM may use {@code heap} (e.g. {@code 2g}) for its repositories. */
    static Rdf4jServerProcess start(Path dir, String heap) {
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx" + heap, "-Dorg.eclipse.rdf4j.appdata.basedir=" + dir.resolve("appdata").toAbsolutePath(),
                "-jar", RUNNER.toAbsolutePath().toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--path", "/rdf4j-server", WAR.toAbsolutePath().toString());
        try {
            if (!Files.isRegularFile(WAR) || !Files.isRegularFile(RUNNER)) {
                throw new IllegalStateException("no RDF4J Server war or Jetty runner in " + WAR.getParent() + ": run the build's test-compile phase");
            }
            Files.createDirectories(dir);
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("rdf4j-server.log").toFile())).start();
            Rdf4jServerProcess server = new Rdf4jServerProcess(dir, port, p);
            server.awaitUp();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server's URL, e.g. http://127.0.0.1:PORT/rdf4j-server. */
    String url() {
        return "http://127.0.0.1:" + port + "/rdf4j-server";
    }

    /**
     * Creates an in-memory repository at the URL (…/repositories/ID) with a PUT of its configuration,
     * in the vocabulary a 4.x server reads: a 5.x RemoteRepositoryManager writes the 2023 config
     * vocabulary, which the 4.1.3 server rejects.
     */
    void createMemoryRepository(String repositoryUrl) {
        createRepository(repositoryUrl, "[ sail:sailType \"openrdf:MemoryStore\" ; ms:persist false ]");
    }

    /** Creates a disk-based repository (RDF4J's NativeStore) at the URL, for pushes larger than the server's heap. */
    void createNativeRepository(String repositoryUrl) {
        createRepository(repositoryUrl, "[ sail:sailType \"openrdf:NativeStore\" ; ns:tripleIndexes \"spoc,posc,cspo\" ]");
    }

    private void createRepository(String repositoryUrl, String sail) {
        String id = repositoryUrl.substring(repositoryUrl.lastIndexOf('/') + 1);
        String config = """
                @prefix rep:  <http://www.openrdf.org/config/repository#> .
                @prefix sr:   <http://www.openrdf.org/config/repository/sail#> .
                @prefix sail: <http://www.openrdf.org/config/sail#> .
                @prefix ms:   <http://www.openrdf.org/config/sail/memory#> .
                @prefix ns:   <http://www.openrdf.org/config/sail/native#> .
                [] a rep:Repository ;
                   rep:repositoryID "%s" ;
                   rep:repositoryImpl [ rep:repositoryType "openrdf:SailRepository" ; sr:sailImpl %s ] .
                """.formatted(id, sail);
        HttpRequest put = HttpRequest.newBuilder(URI.create(repositoryUrl)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(config)).build();
        try {
            HttpResponse<String> r = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) throw new IllegalStateException("creating " + repositoryUrl + ": HTTP " + r.statusCode() + " " + r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest protocol = HttpRequest.newBuilder(URI.create(url() + "/protocol")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("RDF4J Server exited with " + process.exitValue() + "; see " + dir.resolve("rdf4j-server.log"));
            try {
                if (http.send(protocol, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new IllegalStateException("RDF4J Server did not answer within 120 s; see " + dir.resolve("rdf4j-server.log"));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
