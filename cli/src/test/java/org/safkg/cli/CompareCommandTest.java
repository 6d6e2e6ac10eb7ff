package org.safkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.cli.InProcessSafkg.run;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safkg compare}: the two bundled studies side by side, checked against an expectation file. */
class CompareCommandTest {
    private static final Path ROOT = Path.of(System.getProperty("safkg.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    static String store;

    @BeforeAll
    static void loadBothBundledStudies() {
        store = tmp.resolve("tdb2").toString();
        assertEquals(0, run("load", ROOT.resolve("data/vanguard-2022").toString(), "--store", store).code());
        assertEquals(0, run("load", ROOT.resolve("data/fictional-icb-demo").toString(), "--store", store).code());
    }

    @Test
    void theTwoBundledStudiesBySkillGiveTheExpectationFileOnBothEngines() throws Exception {
        String expected = Files.readString(Path.of("src/test/resources/compare/vanguard-2022.fictional-icb-demo.skill.csv"), StandardCharsets.UTF_8);
        InProcessSafkg.Run jena = run("compare", "vanguard-2022", "fictional-icb-demo", "--by", "skill", "-f", "csv", "--store", store);
        assertEquals(0, jena.code(), jena.err());
        assertEquals(expected, jena.out());
        assertEquals(expected, run("compare", "vanguard-2022", "fictional-icb-demo", "-f", "csv", "--engine", "rdf4j", "--store", store).out(),
                "skill is the default scheme, and RDF4J gives the same bytes");
        InProcessSafkg.Run query = run("query", "compare-studies", "--param", "firstStudyId=vanguard-2022",
                "--param", "secondStudyId=fictional-icb-demo", "--param", "schemeId=skill", "-f", "csv", "--store", store);
        assertEquals(expected, query.out(), "the command is the competency query");
    }

    @Test
    void swappingTheStudiesSwapsTheColumnsAndTheTableSaysWhichIsWhich() {
        List<String> swapped = run("compare", "fictional-icb-demo", "vanguard-2022", "-f", "csv", "--store", store).out().lines().toList();
        assertEquals("brokering,brokering,first only,1,1,1,0,0,0", swapped.get(2));
        assertEquals("vision,vision,second only,0,0,0,2,1,3", swapped.get(swapped.size() - 1));
        String table = run("compare", "vanguard-2022", "fictional-icb-demo", "--by", "condition", "--store", store).out();
        assertTrue(table.startsWith("by condition: first = vanguard-2022, second = fictional-icb-demo\n"), table);
        assertTrue(table.lines().anyMatch(l -> l.replaceAll("\\s+", " ").equals("licence | licence | first only | 5 | 3 | 4 | 0 | 0 | 0")), table);
    }

    @Test
    void anUnknownStudyOrSchemeIsAnErrorThatNamesWhatThereIs() {
        InProcessSafkg.Run study = run("compare", "vanguard-2022", "vanguard-2023", "--store", store);
        assertEquals(2, study.code());
        assertEquals("error: parameter secondStudyId: there is no study 'vanguard-2023' in the store. Studies: fictional-icb-demo, vanguard-2022.",
                study.err().lines().findFirst().orElse(""));
        InProcessSafkg.Run scheme = run("compare", "vanguard-2022", "fictional-icb-demo", "--by", "skills", "--store", store);
        assertEquals(2, scheme.code());
        assertTrue(scheme.err().contains("Invalid value for option '--by': expected one of [skill, condition, authority, role, scale, characteristic, attribute, position, process] (case-sensitive) but was 'skills'"), scheme.err());
        InProcessSafkg.Run studyParam = run("query", "who-led", "--param", "studyId=E01", "--store", store);
        assertEquals(2, studyParam.code(), "an episode's id is no study's id");
        assertTrue(studyParam.err().startsWith("error: parameter studyId: there is no study 'E01' in the store."), studyParam.err());
    }
}
