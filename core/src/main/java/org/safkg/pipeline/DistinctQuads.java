package org.safkg.pipeline;


import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes each quad of an entity on once: a source may map a quad twice (a code listed twice in a cell), and a stream,
 * unlike a graph, would keep both. Only the current entity's quads are remembered (see {@link StudyQuads}).
 */
public final class DistinctQuads extends StreamRDFWrapper implements StudyStream {
    private final PerEntitySet<Quad> seen = new PerEntitySet<>();
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
        seen.entityEnd();
        out.entityEnd();
    }
}
