package org.safkg.problems;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects every problem of one input so that all are reported in one pass. */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    public void add(Problem p) {
        list.add(p);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> all() {
        return Collections.unmodifiableList(list);
    }

    /** Throws {@link InvalidInputException} carrying all problems, if there are any. */
    public void throwIfAny(String what) {
        if (!list.isEmpty()) throw new InvalidInputException(what, List.copyOf(list));
    }
}
