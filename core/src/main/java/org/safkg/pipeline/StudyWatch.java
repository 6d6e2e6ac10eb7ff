package org.safkg.pipeline;

import java.util.List;

import org.safkg.problems.Problem;

/** A check watching a study's quads as a sink writes them (see {@link StudyCheck#watch}). */
public interface StudyWatch extends StudyStream, AutoCloseable {

    /** Called once every quad is written: the check's problems, as {@link StudyCheck#check} would find them. */
    List<Problem> problems();

    /** Stops what the watch still runs (e.g. its threads). */
    @Override
    void close();
}
