package org.safkg.problems;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when an input has problems; nothing has been written when it is thrown. */
public class InvalidInputException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidInputException(String what, List<Problem> problems) {
        super(what + ": " + problems.size() + (problems.size() == 1 ? " error" : " errors") + "\n"
              + problems.stream().map(Problem::format).collect(Collectors.joining("\n")));
        this.problems = problems;
    }

    public List<Problem> problems() {
        return problems;
    }
}
