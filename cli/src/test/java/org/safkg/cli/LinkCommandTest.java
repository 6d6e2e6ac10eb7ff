package org.safkg.cli;

import static org.safkg.cli.InProcessSafkg.run;

import org.safkg.cli.InProcessSafkg.Run;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented linking commands, run in-process: load the fictional bundle, link the ICBs, query, describe. */
class LinkCommandTest {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();
    static final Path ICBS = ROOT.resolve("../shared/samples/links/icb_names_codes_dec_2024.csv").normalize();

    @TempDir
    Path tmp;



    private static Run safkg(String... args) {
        return InProcessSafkg.run(args);
    }

    @Test
    void loadLinkQueryDescribe() throws Exception {
        String store = tmp.resolve("tdb2").toString();
        assertEquals(0, safkg("load", ROOT.resolve("data/fictional-icb-demo").toString(), "--store", store).code());
        Run link = safkg("link", ICBS.toString(), "--store", store);
        assertEquals(0, link.code(), link.err());
        assertEquals("Linked reference dataset icb-names-codes-dec-2024 into " + store + ": 42 areas (ICB24), 42 organisations with ODS codes, 462 triples in "
                + "<https://w3id.org/safkg/graph/reference/icb-names-codes-dec-2024>; provenance in <https://w3id.org/safkg/graph/reference/icb-names-codes-dec-2024/provenance>\n",
                link.out());
        Run q = safkg("query", "episodes-in-icb", "--param", "icbCode=E54000027", "--format", "csv", "--store", store);
        assertEquals(0, q.code(), q.err());
        assertEquals("study,icb,episode,label,organisation\r\nfictional-icb-demo,NHS North West London Integrated Care Board,FE3,"
                + "FICTIONAL: the provider manager at fictional site F2 mobilised community staff,Fictional community provider at fictional site F2 (FICTIONAL)\r\n", q.out());
        Path description = tmp.resolve("void.ttl");
        Run d = safkg("describe", "--out", description.toString(), "--endpoint", "https://example.org/safkg/sparql", "--store", store);
        assertEquals(0, d.code(), d.err());
        String ttl = Files.readString(description, StandardCharsets.UTF_8);
        assertTrue(ttl.contains("void:sparqlEndpoint") && ttl.contains("<https://example.org/safkg/sparql>"), ttl);
        assertTrue(ttl.contains("void:linkPredicate   saf:coversArea"), ttl);
    }

    @Test
    void badRowsAreRefusedWithFileLineAndColumnAndNothingIsWritten() throws Exception {
        Path bad = tmp.resolve("icbs.csv");
        Files.writeString(bad, "ICB24CD,ICB24CDH,ICB24NM,ObjectId\nE54000008,QYG,NHS Cheshire and Merseyside Integrated Care Board,1\nE5400010,QNC,Short code,2\n");
        Path store = tmp.resolve("tdb2");
        Run r = safkg("link", bad.toString(), "--store", store.toString());
        assertEquals(2, r.code());
        assertEquals(bad + ":3:1: error [gss-code-invalid] column 'ICB24CD': \"E5400010\" is not a GSS code. A GSS code is a capital letter and 8 digits, "
                + "e.g. E54000008 (an Integrated Care Board) or E38000001 (a sub-ICB location).\n1 error; nothing was loaded.\n", r.err());
        assertFalse(Files.exists(store), "the store was not even created");
    }

    @Test
    void sourceAndLicenceMustBeIris() {
        Run r = safkg("link", ICBS.toString(), "--licence", "OGL v3", "--store", tmp.resolve("tdb2").toString());
        assertEquals(2, r.code());
        assertEquals("error: --licence must be an absolute http(s) IRI, got 'OGL v3'\n", r.err());
    }
}
