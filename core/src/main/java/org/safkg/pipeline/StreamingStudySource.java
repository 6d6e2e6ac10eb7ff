package org.safkg.pipeline;

/** A source that can hand its study over as quads mapped on demand (see {@link StreamedStudy}). */
public interface StreamingStudySource extends StudySource {

    /**
     * Reads and validates the input; maps nothing yet.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the input, if there is any
     */
    StreamedStudy stream();

    /** The study mapped into memory. */
    @Override
    default PreparedStudy read() {
        return stream().collect();
    }
}
