package org.safkg.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.safkg.check.ShapeValidator;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;

/** The ordered checks between every source and every sink: the one place a new check is added. */
public final class StudyChecks {
    private final List<StudyCheck> checks;

    public StudyChecks(List<StudyCheck> checks) {
        this.checks = List.copyOf(checks);
    }

    /** The checks every study passes, whatever its source or sink. */
    public static StudyChecks standard() {
        // add a new check here (and a test that a study failing it is refused by every command)
        return new StudyChecks(List.of(curatedOnly(new ShapeValidator())));
    }

    /** The check, run only on curated studies (see {@link PreparedStudy#curated()}). */
    public static StudyCheck curatedOnly(StudyCheck check) {
        return study -> study.curated() ? check.check(study) : List.of();
    }

    public List<StudyCheck> checks() {
        return checks;
    }

    /** Runs every check (none stops the others) and returns all problems found, in check order. */
    public List<Problem> run(PreparedStudy study) {
        List<Problem> problems = new ArrayList<>();
        for (StudyCheck c : checks) problems.addAll(c.check(study));
        return problems;
    }

    /**
     * Runs every check.
     *
     * @throws InvalidInputException naming the study's origin and listing every problem, if there is any
     */
    public void require(PreparedStudy study) {
        List<Problem> problems = run(study);
        if (!problems.isEmpty()) throw new InvalidInputException(study.origin(), problems);
    }
}
