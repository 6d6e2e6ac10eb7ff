package org.safkg.pipeline;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** A per-entity set knows what the current entity had, and nothing of the entities before it, however large. */
class PerEntitySetTest {
    @Test
    void anItemIsNewOncePerEntityWhateverTheSizeOfTheEntityBefore() {
        PerEntitySet<String> set = new PerEntitySet<>();
        assertTrue(set.add("a"));
        assertFalse(set.add("a"));
        set.entityEnd();
        assertTrue(set.add("a"), "a small entity is forgotten at its end");
        set.entityEnd();
        for (int i = 0; i < 1000; i++) assertTrue(set.add("x" + i));
        assertFalse(set.add("x999"));
        set.entityEnd();
        assertTrue(set.add("x999"), "a large entity is forgotten at its end too");
        assertTrue(set.add("a"));
    }
}
