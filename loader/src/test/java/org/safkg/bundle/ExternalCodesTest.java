package org.safkg.bundle;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.testing.TestBundles;
import org.safkg.vocab.ADMS;
import org.safkg.vocab.SAF;

/** Organisations and sites may carry ODS, GSS and Wikidata codes: badly shaped ones are refused, good ones become links. */
class ExternalCodesTest {
    private static final String ORG_HEADER = "id,label,type,site,source,inferred";
    private static final String SITE_HEADER = "id,label,programme,model_type,source,inferred";
    private static final String ORG = "https://w3id.org/safkg/study/mini/organisation/A-CCG";
    private static final String SITE = "https://w3id.org/safkg/study/mini/site/B";

    @TempDir
    Path tmp;

    /** The minimal bundle with codes added to the A-CCG organisation (line 3) and to site B (line 3). */
    private Path withCodes(String ods, String gss, String wikidata, String siteGss) {
        Path b = TestBundles.copy(TestBundles.minimal(), tmp.resolve(java.util.UUID.randomUUID().toString()));
        TestBundles.replace(b, "organisations.csv", ORG_HEADER, ORG_HEADER + ",ods_code,gss_code,wikidata");
        TestBundles.replace(b, "organisations.csv", "research-funder,,Test fixture,", "research-funder,,Test fixture,,,,");
        TestBundles.replace(b, "organisations.csv", "clinical-commissioning-group,A,Test fixture,",
                "clinical-commissioning-group,A,Test fixture,," + ods + "," + gss + "," + wikidata);
        TestBundles.replace(b, "sites.csv", SITE_HEADER, SITE_HEADER + ",gss_code");
        TestBundles.replace(b, "sites.csv", "model type unknown", "model type unknown,");
        TestBundles.replace(b, "sites.csv", "mt1,Test fixture,", "mt1,Test fixture,," + siteGss);
        return b;
    }

    private static List<String> problems(Path bundle) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StudyBundleReader().read(bundle));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void wellShapedCodesAreAccepted() {
        assertEquals(2, new StudyBundleReader().read(withCodes("QYG", "E54000008", "Q42", "E38000001")).rows("organisations.csv").size());
        assertEquals(2, new StudyBundleReader().read(withCodes("00L", "E54000062", "Q7", "E54000008")).rows("organisations.csv").size());
    }

    @Test
    void badOdsCodeNamesFileLineColumnAndShape() {
        Path b = withCodes("QY", "E54000008", "Q42", "");
        assertEquals(List.of(b.resolve("organisations.csv") + ":3:7: error [ods-code-invalid] column 'ods_code': \"QY\" is not an ODS organisation code."
                + " An ODS organisation code is 3 to 6 upper-case letters and digits, e.g. QE1, RXH or 00L."), problems(b));
    }

    @Test
    void lowerCaseOdsCodeSuggestsTheUpperCaseOne() {
        Path b = withCodes("qyg", "", "", "");
        assertEquals(List.of(b.resolve("organisations.csv") + ":3:7: error [ods-code-invalid] column 'ods_code': \"qyg\" is not an ODS organisation code."
                + " Did you mean \"QYG\"? An ODS organisation code is 3 to 6 upper-case letters and digits, e.g. QE1, RXH or 00L."), problems(b));
    }

    @Test
    void badGssCodesInOrganisationsAndSitesAreReportedTogether() {
        Path b = withCodes("", "E5400008", "", "e38000001");
        String hint = " A GSS code is a capital letter and 8 digits, e.g. E54000008 (an Integrated Care Board) or E38000001 (a sub-ICB location).";
        assertEquals(List.of(
                b.resolve("organisations.csv") + ":3:8: error [gss-code-invalid] column 'gss_code': \"E5400008\" is not a GSS code." + hint,
                b.resolve("sites.csv") + ":3:7: error [gss-code-invalid] column 'gss_code': \"e38000001\" is not a GSS code. Did you mean \"E38000001\"?" + hint),
                problems(b).stream().sorted().toList());
    }

    @Test
    void wikidataUrlInsteadOfIdSuggestsTheId() {
        Path b = withCodes("", "", "https://www.wikidata.org/wiki/Q42", "");
        assertEquals(List.of(b.resolve("organisations.csv") + ":3:9: error [wikidata-id-invalid] column 'wikidata': \"https://www.wikidata.org/wiki/Q42\" is not a Wikidata item ID."
                + " Did you mean \"Q42\"? A Wikidata item ID is Q followed by digits, e.g. Q42: the ID, not the page's URL."), problems(b));
    }

    @Test
    void codesBecomeAnIdentifierWithItsSchemeAndLinksToOnsAndWikidata() {
        Graph g = new StudyLoader().prepare(withCodes("QYG", "E54000008", "Q42", "E38000001")).graphs().study();
        Node org = uri(ORG);
        Node id = uri(ORG + "/identifier/ods");
        assertTrue(g.contains(org, ADMS.identifier.asNode(), id));
        assertTrue(g.contains(id, RDF.type.asNode(), ADMS.Identifier.asNode()));
        assertTrue(g.contains(id, SKOS.notation.asNode(), NodeFactory.createLiteralString("QYG")));
        assertTrue(g.contains(id, DCTerms.type.asNode(), uri("https://fhir.nhs.uk/Id/ods-organization-code")));
        assertEquals(List.of(uri("http://statistics.data.gov.uk/id/statistical-geography/E54000008")), objects(g, org, SAF.locatedInArea.asNode()));
        assertEquals(List.of(uri("http://www.wikidata.org/entity/Q42")), objects(g, org, OWL.sameAs.asNode()));
        assertEquals(List.of(uri("http://statistics.data.gov.uk/id/statistical-geography/E38000001")), objects(g, uri(SITE), SAF.locatedInArea.asNode()));
        // an organisation is not its area: no identity link to a geography anywhere
        assertEquals(1, g.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).toList().size());
        // the other organisation and site carry no codes, so no links
        assertEquals(1, g.find(Node.ANY, ADMS.identifier.asNode(), Node.ANY).toList().size());
        assertEquals(2, g.find(Node.ANY, SAF.locatedInArea.asNode(), Node.ANY).toList().size());
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
    }
}
