package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** /.well-known/void describes the public service: its endpoint and the graphs anonymous users may read, not the excerpts. */
class WellKnownVoidTest {
    private static final String VOID = "http://rdfs.org/ns/void#";

    @Test
    void theDescriptionCoversWhatThePublicEndpointServes() {
        TestServer s = TestServer.get();
        HttpResponse<String> res = s.send("GET", "/.well-known/void", null, null, null);
        assertEquals(200, res.statusCode(), res.body());
        assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(res.body()), null, "TTL");
        assertTrue(m.contains(m.createResource("https://w3id.org/safkg/dataset"), m.createProperty(VOID + "sparqlEndpoint"),
                m.createResource(s.base() + "/safkg/sparql")), "names the public endpoint");
        Set<String> described = new TreeSet<>();
        m.listSubjectsWithProperty(m.createProperty(VOID + "triples")).forEachRemaining(r -> { if (r.isURIResource()) described.add(r.getURI()); });
        assertFalse(res.body().contains("/excerpts"), "the excerpts graph is not described: " + described);
        assertTrue(res.body().contains("https://w3id.org/safkg/graph/vanguard-2022"), "the study graph is described");
    }
}
