package org.safkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;

/** Source, checks, sink: every check runs, all problems are reported at once, and a refused study never reaches the sink. */
class StudyPipelineTest {
    private final List<PreparedStudy> written = new ArrayList<>();
    private final StudySink sink = s -> {
        written.add(s);
        return new WriteReport("memory", Map.of("g", 1L));
    };

    private static StudyCheck failing(String what) {
        return s -> List.of(Problem.ofFile(ProblemId.SHAPE_VIOLATION, s.location(), what + " is wrong.", "Fix it."));
    }

    @Test
    void aStudyThatPassesEveryCheckReachesTheSinkOnce() {
        PreparedStudy study = TestStudies.study(true);
        StudyPipeline.Result r = new StudyPipeline(new StudyChecks(List.of(s -> List.of(), s -> List.of()))).run(() -> study, sink);
        assertEquals("t", r.studyId());
        assertEquals("3 things", r.summary());
        assertEquals(List.of("a warning"), r.warnings());
        assertEquals(List.of(study), written);
        assertEquals("memory", r.report().destination());
    }

    @Test
    void everyCheckRunsAndAllProblemsAreReportedInCheckOrderWithNothingWritten() {
        StudyPipeline p = new StudyPipeline(new StudyChecks(List.of(failing("first"), s -> List.of(), failing("second"))));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> p.run(() -> TestStudies.study(true), sink));
        assertEquals("test input t: 2 errors\n"
                + "t: error [shape-violation] first is wrong. Fix it.\n"
                + "t: error [shape-violation] second is wrong. Fix it.", e.getMessage());
        assertEquals(List.of(), written);
    }

    @Test
    void aSourceThatRefusesItsInputStopsThePipelineBeforeAnyCheckOrSink() {
        List<String> ran = new ArrayList<>();
        StudyPipeline p = new StudyPipeline(new StudyChecks(List.of(s -> {
            ran.add("check");
            return List.of();
        })));
        InvalidInputException refused = new InvalidInputException("bad input", List.of(Problem.ofFile(ProblemId.FILE_MISSING, Path.of("x"), "missing.", "")));
        assertSame(refused, assertThrows(InvalidInputException.class, () -> p.run(() -> {
            throw refused;
        }, sink)));
        assertEquals(List.of(), ran);
        assertEquals(List.of(), written);
    }

    @Test
    void theShapeCheckSkipsStudiesThatDoNotPromiseCuration() {
        StudyCheck onlyCurated = StudyChecks.curatedOnly(failing("shape"));
        assertEquals(1, onlyCurated.check(TestStudies.study(true)).size());
        assertEquals(List.of(), onlyCurated.check(TestStudies.study(false)));
    }

    @Test
    void theStandardChecksAreTheShapes() {
        // the one place: when issues add a check here, this list (and the tests of each command) grow with it
        assertEquals(1, StudyChecks.standard().checks().size());
        // a tiny study of plain labels breaks no shape
        assertEquals(List.of(), StudyChecks.standard().run(TestStudies.study(true)));
    }
}
