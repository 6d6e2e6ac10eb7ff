package org.safkg.pipeline;

/** The one ingestion path: a source's study, through every check, into a sink; nothing is written if any check fails. */
public final class StudyPipeline {
    /** A study that went through: what was read and what was written. */
    public record Result(PreparedStudy study, WriteReport report) {}

    private final StudyChecks checks;

    public StudyPipeline(StudyChecks checks) {
        this.checks = checks;
    }

    /** The pipeline with the checks every study passes. */
    public static StudyPipeline standard() {
        return new StudyPipeline(StudyChecks.standard());
    }

    /**
     * Reads and checks the study, writing nothing (what {@code validate} does).
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the input or the checks
     */
    public PreparedStudy prepare(StudySource source) {
        PreparedStudy study = source.read();
        checks.require(study);
        return study;
    }

    /**
     * Reads, checks and writes the study.
     *
     * @throws org.safkg.problems.InvalidInputException before the sink is touched, if the input or a check has a problem
     */
    public Result run(StudySource source, StudySink sink) {
        PreparedStudy study = prepare(source);
        return new Result(study, sink.write(study));
    }
}
