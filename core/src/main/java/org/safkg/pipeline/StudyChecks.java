package org.safkg.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFBase;

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
        return new StudyCheck() {
            @Override
            public List<Problem> check(PreparedStudy study) {
                return study.curated() ? check.check(study) : List.of();
            }

            @Override
            public StudyWatch watch(StreamedStudy study, Graph written) {
                return study.curated() ? check.watch(study, written) : null;
            }
        };
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
     * Starts the watches of the checks that watch a study as a sink writes it (see {@link StudyCheck#watch}); the sink
     * sends its quads to {@link Watching#stream()} after writing each, then calls {@link Watching#require}.
     */
    public Watching watch(StreamedStudy study, Graph written) {
        Map<StudyCheck, StudyWatch> watches = new LinkedHashMap<>();
        for (StudyCheck c : checks) watches.put(c, c.watch(study, written));
        return new Watching(watches);
    }

    /** The checks of one write: those watching it, and the others, run on the study as written. */
    public static final class Watching implements AutoCloseable {
        private final Map<StudyCheck, StudyWatch> watches;
        private final StudyStream stream;

        private Watching(Map<StudyCheck, StudyWatch> watches) {
            this.watches = watches;
            StudyStream all = StudyStream.of(new StreamRDFBase());
            for (StudyWatch w : watches.values()) if (w != null) all = StudyStream.both(all, w);
            this.stream = all;
        }

        /** Where the sink sends each quad once written, and each entity's end. */
        public StudyStream stream() {
            return stream;
        }

        /**
         * The problems of every check in check order: a watching check's from its watch, the others' from the study as
         * written.
         *
         * @throws InvalidInputException naming the study's origin and listing every problem, if there is any
         */
        public void require(PreparedStudy asWritten) {
            List<Problem> problems = new ArrayList<>();
            watches.forEach((check, watch) -> problems.addAll(watch != null ? watch.problems() : check.check(asWritten)));
            if (!problems.isEmpty()) throw new InvalidInputException(asWritten.origin(), problems);
        }

        @Override
        public void close() {
            watches.values().forEach(w -> {
                if (w != null) w.close();
            });
        }
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
