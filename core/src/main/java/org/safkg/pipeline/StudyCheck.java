package org.safkg.pipeline;

import java.util.List;

import org.safkg.problems.Problem;

/** One check every prepared study passes before any sink sees it (shapes, integrity, ...). */
@FunctionalInterface
public interface StudyCheck {

    /** The problems found in the study; empty if it passes. */
    List<Problem> check(PreparedStudy study);
}
