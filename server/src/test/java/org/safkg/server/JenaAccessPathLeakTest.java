package org.safkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.fuseki.access.SecurityContextView;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.Test;
import org.safkg.store.PublicView;

/**
 * The library behaviour behind issue 12, pinned: jena-fuseki-access's graph filter on a TDB2 dataset with a union
 * default graph hides a secret graph from a BGP but not from a property path. PublicView hides it from both. If a
 * Jena upgrade closes the leak, the first assertion fails and this test can go.
 */
class JenaAccessPathLeakTest {
    private static final Node PUBLIC = NodeFactory.createURI("https://w3id.org/safkg/graph/s1");
    private static final Node SECRET = NodeFactory.createURI("https://w3id.org/safkg/graph/s1/excerpts");
    private static final Node X = NodeFactory.createURI("https://w3id.org/safkg/study/s1/excerpt/Q1");
    private static final String TEXT = "https://w3id.org/safkg/ontology#verbatimText";

    private static DatasetGraph store() {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        Txn.executeWrite(dsg, () -> {
            dsg.add(Quad.create(PUBLIC, X, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"), NodeFactory.createLiteralString("Excerpt Q1")));
            dsg.add(Quad.create(SECRET, X, NodeFactory.createURI(TEXT), NodeFactory.createLiteralString("the secret words")));
        });
        return dsg;
    }

    private static List<String> texts(QueryExec exec, DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (exec) {
                RowSet rows = exec.select();
                rows.forEachRemaining(b -> out.add(b.get("t").isLiteral() ? b.get("t").getLiteralLexicalForm() : b.get("t").toString()));
            }
            return out;
        });
    }

    @Test
    void jenaFusekiAccessHidesTheGraphFromABgpButNotFromAPath() {
        DatasetGraph dsg = store();
        SecurityContextView anonymous = new SecurityContextView(List.of(PUBLIC));
        org.apache.jena.fuseki.access.SecurityRegistry registry = new org.apache.jena.fuseki.access.SecurityRegistry();
        registry.put("anonymous", anonymous);
        // as Fuseki serves an access:AccessControlledDataset over TDB2: the wrapper, and the user's context
        DatasetGraph controlled = org.apache.jena.fuseki.access.DataAccessCtl.controlledDataset(dsg, registry);
        assertEquals(List.of(), texts(anonymous.createQueryExec(QueryFactory.create("SELECT ?t { ?x <" + TEXT + "> ?t }"), controlled), dsg));
        assertEquals(List.of("the secret words"), texts(anonymous.createQueryExec(QueryFactory.create("SELECT ?t { ?x <" + TEXT + ">+ ?t }"), controlled), dsg));
    }

    @Test
    void publicViewHidesItFromEveryForm() {
        DatasetGraph dsg = store();
        DatasetGraph view = PublicView.of(dsg);
        for (String q : List.of("SELECT ?t { ?x <" + TEXT + "> ?t }", "SELECT ?t { ?x <" + TEXT + ">+ ?t }", "SELECT ?t { ?x <" + TEXT + ">? ?t }",
                "SELECT ?t { ?x (<" + TEXT + ">|<" + TEXT + ">) ?t }", "SELECT ?t { ?t ^<" + TEXT + "> ?x }", "SELECT ?t { ?x !(<urn:none>) ?t }",
                "SELECT ?t { GRAPH ?g { ?x ?p ?t } }", "SELECT ?t { GRAPH <" + SECRET.getURI() + "> { ?x ?p ?t } }",
                "SELECT ?t { GRAPH <urn:x-arq:UnionGraph> { ?x ?p ?t } }", "SELECT ?t FROM <" + SECRET.getURI() + "> { ?x ?p ?t }",
                "SELECT ?t { { SELECT ?t { ?x <" + TEXT + ">* ?t } } }")) {
            List<String> seen = texts(QueryExec.dataset(view).query(q).build(), dsg);
            assertEquals(List.of(), seen.stream().filter(t -> t.contains("secret")).toList(), q);
        }
        // what is public still answers, through paths too
        assertEquals(List.of("Excerpt Q1"), texts(QueryExec.dataset(view).query("SELECT ?t { ?x <http://www.w3.org/2000/01/rdf-schema#label>+ ?t }").build(), dsg));
    }
}
