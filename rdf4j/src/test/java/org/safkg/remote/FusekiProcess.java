package org.safkg.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A real standalone Fuseki ({@code jena-fuseki-server} jar, copied into target/ by the build) run as
 * a child process on a free loopback port, over a TDB2 dataset on disk that survives a restart.
 * The dataset {@code /ds} answers queries for anyone; its Graph Store endpoint {@code /ds/data} is
 * writable only by the user {@value #USER}.
 */
final class FusekiProcess implements AutoCloseable {
    static final String USER = "loader";
    static final String PASSWORD = "test-only-secret";
    private static final Path JAR = Path.of(System.getProperty("safkg.fusekiJar", "target/servers/fuseki-server.jar"));

    private final Path dir;
    private final int port;
    private Process process;

    private FusekiProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /** Starts a server with its configuration, password file and database in the folder. */
    static FusekiProcess start(Path dir) {
        FusekiProcess f = new FusekiProcess(dir, freePort());
        f.writeConfig();
        f.startProcess();
        return f;
    }

    String base() {
        return "http://127.0.0.1:" + port + "/ds";
    }

    String sparql() {
        return base() + "/sparql";
    }

    String data() {
        return base() + "/data";
    }

    private void writeConfig() {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("passwd"), USER + ": " + PASSWORD + "\n", StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("config.ttl"), """
                    ## One TDB2 dataset on disk (it outlives a killed server), queried by anyone, written through the
                    ## Graph Store Protocol only by the loader user; the union default graph as SAF-KG's own store has.
                    PREFIX fuseki: <http://jena.apache.org/fuseki#>
                    PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                    PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>

                    [] rdf:type fuseki:Server .

                    <#service> rdf:type fuseki:Service ;
                        fuseki:name "ds" ;
                        fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
                        fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ; fuseki:allowedUsers "%s" ] ;
                        fuseki:dataset <#tdb> .

                    <#tdb> rdf:type tdb2:DatasetTDB2 ;
                        tdb2:location "%s" ;
                        tdb2:unionDefaultGraph true .
                    """.formatted(USER, dir.resolve("tdb2").toAbsolutePath().toString().replace("\\", "/")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startProcess() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-jar", JAR.toAbsolutePath().toString(), "--localhost", "--port=" + port,
                "--passwd=" + dir.resolve("passwd"), "--auth=basic", "--config=" + dir.resolve("config.ttl"));
        try {
            if (!Files.isRegularFile(JAR)) throw new IllegalStateException("no Fuseki server jar at " + JAR + ": run the build's test-compile phase");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("fuseki.log").toFile()));
            pb.environment().put("FUSEKI_BASE", dir.resolve("run").toString());
            process = pb.start();
            awaitUp();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(sparql() + "?query=ASK%7B%7D")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("Fuseki exited with " + process.exitValue() + "; see " + dir.resolve("fuseki.log"));
            try {
                if (http.send(ask, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) return;
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        throw new IllegalStateException("Fuseki did not answer within 90 s; see " + dir.resolve("fuseki.log"));
    }

    /** Kills the server at once (as a crash would), leaving its database on disk. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again on the same port and database. */
    void restart() {
        startProcess();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) kill();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
