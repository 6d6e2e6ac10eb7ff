package org.safkg.pipeline;

import java.util.HashSet;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes each quad of an entity on once: a source may map a quad twice (a code listed twice in a cell), and a stream,
 * unlike a graph, would keep both. Only the current entity's quads are remembered (see {@link StudyQuads}).
 */
public final class DistinctQuads extends StreamRDFWrapper implements StudyStream {
    private Set<Quad> seen = new HashSet<>();
    private final StudyStream out;

    public DistinctQuads(StudyStream out) {
        super(out);
        this.out = out;
    }

    @Override
    public void quad(Quad q) {
        if (seen.add(q)) out.quad(q);
    }

    @Override
    public void entityEnd() {
        // clearing costs the set's capacity, which one large entity (the study's own) would leave large for every other
        if (seen.size() > 64) seen = new HashSet<>();
        else seen.clear();
        out.entityEnd();
    }
}
