package org.safkg.pipeline;

/**
 * A study's quads (study and excerpts graphs) produced as they are mapped, so that no sink has to hold them all.
 * Each call maps the study again and gives the same quads in the same order.
 */
@FunctionalInterface
public interface StudyQuads {

    /**
     * Sends every quad to the stream (start and finish are the caller's); a quad may come twice. Every subject's quads
     * come before one {@link StudyStream#entityEnd()}: no subject has quads on both sides of it.
     */
    void emit(StudyStream out);
}
