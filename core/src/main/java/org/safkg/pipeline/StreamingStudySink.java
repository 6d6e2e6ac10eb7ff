package org.safkg.pipeline;

/** A sink that writes a study as its quads are mapped and runs the checks on what it wrote, before making it visible. */
public interface StreamingStudySink extends StudySink {

    /**
     * Writes the study, runs the checks on it as written, and keeps it only if they pass.
     *
     * @throws org.safkg.problems.InvalidInputException if a check has a problem; the sink is then exactly as it was
     */
    WriteReport write(StreamedStudy study, StudyChecks checks);
}
