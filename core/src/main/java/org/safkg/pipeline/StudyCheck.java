package org.safkg.pipeline;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.safkg.problems.Problem;

/** One check every prepared study passes before any sink sees it (shapes, integrity, ...). */
@FunctionalInterface
public interface StudyCheck {

    /** The problems found in the study; empty if it passes. */
    List<Problem> check(PreparedStudy study);

    /**
     * A watch over the study's quads as a streaming sink writes them, so that the check runs beside the write rather
     * than after it; null (the default) if the check reads the study as written instead.
     *
     * @param written the study graph as the sink writes it: each quad is there before the watch sees it
     */
    default StudyWatch watch(StreamedStudy study, Graph written) {
        return null;
    }
}
