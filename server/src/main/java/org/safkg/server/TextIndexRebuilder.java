package org.safkg.server;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Rebuilds the Lucene index from the store: `./safkg load` writes TDB2 directly, not through the
 * text dataset, so the index is refreshed each time the server starts. Returns the entities indexed.
 */
public final class TextIndexRebuilder {
    private TextIndexRebuilder() {}

    public static int rebuild(DatasetGraphText dataset) {
        TextIndex index = dataset.getTextIndex();
        EntityDefinition def = index.getDocDef();
        DatasetGraph base = dataset;
        int[] count = {0};
        if (index instanceof TextIndexLucene lucene) {
            try {
                lucene.getIndexWriter().deleteAll();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot clear the text index", e);
            }
        }
        Txn.executeRead(base, () -> {
            for (String field : def.fields()) {
                for (Node p : def.getPredicates(field)) {
                    base.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                        Entity e = TextQueryFuncs.entityFromQuad(def, Quad.isDefaultGraph(q.getGraph())
                                ? Quad.create(Quad.defaultGraphNodeGenerated, q.asTriple()) : q);
                        if (e != null) {
                            index.addEntity(e);
                            count[0]++;
                        }
                    });
                }
            }
        });
        index.prepareCommit();
        index.commit();
        return count[0];
    }
}
