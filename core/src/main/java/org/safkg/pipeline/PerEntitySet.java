package org.safkg.pipeline;

import java.util.HashSet;
import java.util.Set;

/**
 * What the current entity of a stream has had (see {@link StudyQuads}), forgotten at its end: a stream's checks that
 * count or pass on each thing once per entity remember no more than one entity's worth.
 */
public final class PerEntitySet<T> {
    /** Above this size the set is replaced rather than cleared (see {@link #entityEnd}). */
    private static final int CLEAR_UP_TO = 64;
    private Set<T> current = new HashSet<>();

    /** Adds {@code item} to the current entity's; true if it was not there yet. */
    public boolean add(T item) {
        return current.add(item);
    }

    /** Forgets the entity that ended. */
    public void entityEnd() {
        // clearing keeps the set's capacity, which one large entity (the study's own) would leave large for every other
        if (current.size() > CLEAR_UP_TO) current = new HashSet<>();
        else current.clear();
    }
}
