package org.safkg.bundle;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.testing.TestBundles;

/** Every kind of bad input gets one exact, located error; all errors come in one pass. */
class StudyBundleReaderTest {
    @TempDir
    Path tmp;

    private Path bundle() {
        return TestBundles.copy(TestBundles.minimal(), tmp);
    }

    private static List<Problem> problems(Path bundle) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new StudyBundleReader().read(bundle));
        return e.problems();
    }

    private static String only(Path bundle) {
        List<Problem> ps = problems(bundle);
        assertEquals(1, ps.size(), () -> "expected one problem, got " + ps);
        return ps.get(0).format();
    }

    @Test
    void minimalBundleIsValid() {
        StudyBundle b = new StudyBundleReader().read(TestBundles.minimal());
        assertEquals("mini", b.studyId());
        assertEquals(2, b.rows("episodes.csv").size());
        assertEquals("A quote that spans\ntwo lines, with \"quotes\".", b.rows("excerpts.csv").get(1).raw("text"));
    }

    @Test
    void misspelledSkillNamesFileLineColumnAndNearestConcept() {
        Path b = bundle();
        TestBundles.replace(b, "episodes.csv", "brokering | framing", "brokring | framing");
        String msg = only(b);
        assertTrue(msg.startsWith(b.resolve("episodes.csv") + ":2:5: error [concept-unknown] column 'skills': "
                + "\"brokring\" is not a concept of scheme \"skill\". Did you mean \"brokering\"? Valid values: "), msg);
        assertTrue(msg.contains("brokering, engagement-and-communication, flexibility, framing"), msg);
    }

    @Test
    void conceptOfAnotherSchemeIsNamedAsSuch() {
        Path b = bundle();
        TestBundles.replace(b, "episodes.csv", "brokering | framing", "brokering | licence");
        String msg = only(b);
        assertTrue(msg.startsWith(b.resolve("episodes.csv") + ":2:5: error [concept-wrong-scheme] column 'skills': "
                + "\"licence\" is a concept of scheme \"condition\", not \"skill\". Valid values: "), msg);
    }

    @Test
    void danglingSiteReference() {
        Path b = bundle();
        TestBundles.replace(b, "episodes.csv", "utilising-position,A,micro", "utilising-position,Z,micro");
        assertEquals(b.resolve("episodes.csv") + ":2:13: error [ref-dangling] column 'site': \"Z\" is not an id in sites.csv. "
                + "Known ids: A, B.", only(b));
    }

    @Test
    void danglingActorAndExcerptReferencesAreBothReported() {
        Path b = bundle();
        TestBundles.replace(b, "episodes.csv", "SAR02,interpretation", "SAR20,interpretation");
        TestBundles.replace(b, "episodes.csv", ",,Q2,Test fixture", ",,Q3,Test fixture");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(List.of(
                b.resolve("episodes.csv") + ":3:3: error [ref-dangling] column 'leaders': \"SAR20\" is not an id in actors.csv. "
                        + "Did you mean \"SAR01\"? Known ids: SA-FG, SA-LEADS, SAR01, SAR02.",
                b.resolve("episodes.csv") + ":3:18: error [ref-dangling] column 'evidence': \"Q3\" is not an id in excerpts.csv or statements.csv. "
                        + "Did you mean \"Q1\"? Known ids: P1, Q1, Q2."), msgs);
    }

    @Test
    void duplicateId() {
        Path b = bundle();
        TestBundles.replace(b, "sites.csv", "B,Site B", "A,Site B");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(b.resolve("sites.csv") + ":3:1: error [id-duplicate] column 'id': \"A\" is used by more than one row (first on line 2). "
                + "Give each row its own id.", msgs.get(0));
    }

    @Test
    void missingRequiredColumn() {
        Path b = bundle();
        TestBundles.replace(b, "excerpts.csv", "id,speaker,site,text,codes", "id,site,text,codes");
        TestBundles.write(b, "excerpts.csv", "id,site,text,codes,source,inferred\nQ1,A,\"x\",vision,Test fixture,\nQ2,A,\"y\",vision,T,\n");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(List.of(b.resolve("excerpts.csv") + ":1: error [column-missing] column 'speaker': the required column is missing "
                + "from the header. Add a column named 'speaker' (see data/README.md)."), msgs);
    }

    @Test
    void unknownColumnSuggestsTheRightOne() {
        Path b = bundle();
        TestBundles.replace(b, "sites.csv", "model_type,source", "modeltype,source");
        assertEquals(b.resolve("sites.csv") + ":1:4: error [column-unknown] column 'modeltype': sites.csv has no column of this name. "
                + "Did you mean 'model_type'? Columns: id, label, programme, model_type, ods_code, gss_code, wikidata, source, inferred.", only(b));
    }

    @Test
    void wrongEncodingIsRefusedWithTheLine() throws Exception {
        Path b = bundle();
        byte[] latin1 = "id,label,programme,model_type,source,inferred\nA,Site A,prog,,Test fixture,\nB,Caf\u00e9 site,prog,,Test fixture,\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(b.resolve("sites.csv"), latin1);
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(b.resolve("sites.csv") + ":3: error [encoding] the file is not UTF-8: byte 0xE9 at offset 80 cannot be decoded. "
                + "Save it as \"CSV UTF-8\" (in Excel: Save As > CSV UTF-8) or convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8.", msgs.get(0));
    }

    @Test
    void emptyFile() {
        Path b = bundle();
        TestBundles.write(b, "statements.csv", "");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(b.resolve("statements.csv") + ": error [file-empty] the file is empty. It needs at least its header line; "
                + "copy it from data/template/.", msgs.get(0));
    }

    @Test
    void malformedCsvLine() {
        Path b = bundle();
        TestBundles.write(b, "statements.csv", "id,text,source,inferred\nP1,\"unterminated \"quote\" here,Test fixture,\n");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertTrue(msgs.get(0).startsWith(b.resolve("statements.csv") + ":2: error [malformed-csv] the file is not valid CSV ("), msgs.get(0));
        assertTrue(msgs.get(0).endsWith("A cell that contains a quote must be quoted as a whole, with the quote doubled: \"he said \"\"yes\"\"\"."), msgs.get(0));
    }

    @Test
    void lineWithTooManyFields() {
        Path b = bundle();
        TestBundles.replace(b, "sites.csv", "B,Site B,prog", "B,Site, B,prog");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(List.of(b.resolve("sites.csv") + ":3: error [field-count] this line has 7 fields but the header has 6. "
                + "Quote any cell that contains a comma (\"a, b\") and check for a missing or extra comma.",
                b.resolve("episodes.csv") + ":3:13: error [ref-dangling] column 'site': \"B\" is not an id in sites.csv. Known ids: A."), msgs,
                "the broken row is skipped, so what refers to it is reported too");
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() throws Exception {
        Path b = bundle();
        String sites = Files.readString(b.resolve("sites.csv")).replace("\n", "\r\n");
        Files.writeString(b.resolve("sites.csv"), "\uFEFF" + sites);
        StudyBundle read = new StudyBundleReader().read(b);
        assertEquals(List.of("A", "B"), read.rows("sites.csv").stream().map(r -> r.get("id")).toList());
        assertEquals(3, read.rows("sites.csv").get(1).line());
    }

    @Test
    void rowsAfterAMultiLineCellKeepTheirLineNumbers() {
        Path b = bundle();
        TestBundles.write(b, "statements.csv", "id,text,source,inferred\nP1,\"one\ntwo\nthree\",T,\nP 2,x,T,\n");
        assertEquals(b.resolve("statements.csv") + ":5:1: error [id-invalid] column 'id': \"P 2\" is not a valid identifier. "
                + "Use letters, digits, '-', '_' and '.', starting with a letter or digit (e.g. S3R01); never a person's name.", only(b));
    }

    @Test
    void speakerMustBeARespondentOrFocusGroup() {
        Path b = bundle();
        TestBundles.replace(b, "excerpts.csv", "Q1,SAR01", "Q1,SA-LEADS");
        assertEquals(b.resolve("excerpts.csv") + ":2:2: error [ref-wrong-kind] column 'speaker': \"SA-LEADS\" is a group (actors.csv line 5). "
                + "It must name a row of kind respondent or focus-group.", only(b));
    }

    @Test
    void invalidValues() {
        Path b = bundle();
        TestBundles.replace(b, "study.csv", "2020-01,2020-06", "2020-1,June 2020");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(List.of(
                b.resolve("study.csv") + ":2:7: error [value-invalid] column 'fieldwork_start': \"2020-1\" is not valid here. Expected a month written YYYY-MM (e.g. 2018-10).",
                b.resolve("study.csv") + ":2:8: error [value-invalid] column 'fieldwork_end': \"June 2020\" is not valid here. Expected a month written YYYY-MM (e.g. 2018-10)."),
                msgs);
    }

    @Test
    void missingRequiredFileAndValueAreReportedTogether() throws Exception {
        Path b = bundle();
        Files.delete(b.resolve("actors.csv"));
        TestBundles.replace(b, "sites.csv", "A,Site A", "A,");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertTrue(msgs.contains(b.resolve("actors.csv") + ": error [file-missing] the bundle has no actors.csv. Copy it from data/template/ and fill it in."), msgs.toString());
        assertTrue(msgs.contains(b.resolve("sites.csv") + ":2:2: error [value-missing] column 'label': a value is required. Fill it in (see data/README.md)."), msgs.toString());
    }

    @Test
    void bundleConceptsExtendASchemeAndMustMapOntoKnownConcepts() {
        Path b = bundle();
        TestBundles.write(b, "concepts.csv", "id,scheme,label,definition,broader,match,match_target,source,inferred\n"
                + "coalition-building,skill,Coalition building,Bringing partners into a coalition.,brokering,close,mobilising,Test,\n"
                + "bad-one,skil,Bad,Bad.,,close,mobilsing,Test,\n");
        TestBundles.replace(b, "episodes.csv", "brokering | framing", "coalition-building | framing");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(List.of(
                b.resolve("concepts.csv") + ":3:2: error [concept-unknown] column 'scheme': \"skil\" is not a concept scheme. Did you mean \"skill\"? "
                        + "Schemes: attribute, authority, characteristic, condition, method, organisation-type, position, post, process, respondent-type, role, scale, scope, shock, skill.",
                b.resolve("concepts.csv") + ":3:7: error [concept-unknown] column 'match_target': \"mobilsing\" is not a SAF-KG concept. "
                        + "Did you mean \"mobilising\"? See the concept schemes in data/README.md."), msgs);
    }

    @Test
    void headerNamingAColumnTwice() {
        Path b = bundle();
        TestBundles.replace(b, "statements.csv", "id,text,source,inferred", "id,text,source,text");
        List<String> msgs = problems(b).stream().map(Problem::format).toList();
        assertEquals(b.resolve("statements.csv") + ":1:4: error [column-duplicate] column 'text': the header names this column twice. "
                + "Delete or rename one of them.", msgs.get(0));
    }

    @Test
    void studyFileWithTwoStudies() throws Exception {
        Path b = bundle();
        String study = Files.readString(b.resolve("study.csv"));
        TestBundles.write(b, "study.csv", study + study.substring(study.indexOf('\n') + 1).replaceFirst("^mini,", "mini2,"));
        assertEquals(b.resolve("study.csv") + ": error [row-count] study.csv must have exactly one data row, it has 2. "
                + "A bundle describes one study; put other studies in bundles of their own.", only(b));
    }
}
