package org.safkg.pipeline;

import java.util.List;

/** The one ingestion path: a source's study, through every check, into a sink; nothing is written if any check fails. */
public final class StudyPipeline {
    /** A study that went through: its id, what was read (in words), the source's warnings, and what was written. */
    public record Result(String studyId, String summary, List<String> warnings, WriteReport report) {}

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
     * Reads, checks and writes the study. A streaming source into a streaming sink (a bundle into the store) is mapped
     * straight into the sink and checked there, before the sink makes it visible; otherwise the study is mapped into
     * memory and checked before the sink is touched.
     *
     * @throws org.safkg.problems.InvalidInputException if the input or a check has a problem; nothing is then written
     */
    public Result run(StudySource source, StudySink sink) {
        if (source instanceof StreamingStudySource streaming && sink instanceof StreamingStudySink into) {
            StreamedStudy study = streaming.stream();
            return new Result(study.studyId(), study.summary(), study.warnings(), into.write(study, checks));
        }
        PreparedStudy study = prepare(source);
        return new Result(study.studyId(), study.summary(), study.warnings(), sink.write(study));
    }
}
