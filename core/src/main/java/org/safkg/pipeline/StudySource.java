package org.safkg.pipeline;

/** Where a study comes from (a CSV bundle, a REFI-QDA project, ...): reads and maps it, collecting every problem. */
public interface StudySource {

    /**
     * Reads the study and maps it to graphs; writes nothing.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the input, if there is any
     */
    PreparedStudy read();
}
