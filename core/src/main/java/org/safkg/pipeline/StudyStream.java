package org.safkg.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;

/** Where a study's quads go as they are mapped: the quads, and where each entity (e.g. a row of the input) ends. */
public interface StudyStream extends StreamRDF {

    /** Every subject of the quads sent since the last call has now had all its quads sent. */
    void entityEnd();

    /** A stream that passes each quad and entity end to {@code first}, then to {@code second}. */
    static StudyStream both(StudyStream first, StudyStream second) {
        final class Both extends org.apache.jena.riot.system.StreamRDFBase implements StudyStream {
            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                first.quad(q);
                second.quad(q);
            }

            @Override
            public void entityEnd() {
                first.entityEnd();
                second.entityEnd();
            }
        }
        return new Both();
    }

    /** A stream that takes the quads and ignores where entities end. */
    static StudyStream of(StreamRDF out) {
        final class Plain extends StreamRDFWrapper implements StudyStream {
            Plain() {
                super(out);
            }

            @Override
            public void entityEnd() {
            }
        }
        return new Plain();
    }
}
