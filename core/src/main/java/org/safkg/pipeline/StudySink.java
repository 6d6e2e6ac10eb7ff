package org.safkg.pipeline;

/** Where a checked study is written (the embedded store, a file, a remote store): all of it, or as little as the target allows. */
public interface StudySink {

    /** Writes the study and reports what was written. */
    WriteReport write(PreparedStudy study);
}
