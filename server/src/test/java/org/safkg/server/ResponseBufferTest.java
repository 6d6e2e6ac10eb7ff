package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.eclipse.jetty.io.ArrayByteBufferPool;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.Test;

/**
 * Every response of the SAF-KG server is written through a buffer that Jetty's pool keeps and reuses; Fuseki's own
 * 5 MB buffer is not pooled, so each response allocated and zeroed a fresh one (15-20 ms for {@code ASK {}} here).
 */
class ResponseBufferTest {

    @Test
    void theServersResponseBufferIsOneJettysPoolReuses() {
        Server jetty = TestServer.get().server.jetty();
        List<HttpConfiguration> configs = httpConfigurations(jetty);
        assertFalse(configs.isEmpty());
        for (HttpConfiguration c : configs) {
            assertEquals(SafkgServer.OUTPUT_BUFFER_BYTES, c.getOutputBufferSize());
            assertNotNull(((ArrayByteBufferPool) jetty.getByteBufferPool()).poolFor(c.getOutputBufferSize(), true),
                    "a " + c.getOutputBufferSize() + "-byte buffer is pooled");
        }
    }

    @Test
    void fusekisOwnResponseBufferIsNotPooledWhichIsWhySafkgSetsItsOwn() {
        FusekiServer plain = FusekiServer.create().port(0).loopback(true).add("/ds", DatasetGraphFactory.create()).build();
        Server jetty = plain.getJettyServer();
        HttpConfiguration c = httpConfigurations(jetty).get(0);
        assertEquals(5 * 1024 * 1024, c.getOutputBufferSize());
        assertNull(((ArrayByteBufferPool) jetty.getByteBufferPool()).poolFor(c.getOutputBufferSize(), true));
        SafkgServer.pooledOutputBuffers(jetty);
        assertNotNull(((ArrayByteBufferPool) jetty.getByteBufferPool()).poolFor(c.getOutputBufferSize(), true));
    }

    private static List<HttpConfiguration> httpConfigurations(Server jetty) {
        return java.util.Arrays.stream(jetty.getConnectors()).map(con -> con.getConnectionFactory(HttpConnectionFactory.class))
                .filter(java.util.Objects::nonNull).map(HttpConnectionFactory::getHttpConfiguration).toList();
    }
}
