package org.safkg.links;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;

/** ONS code lists: the ICB sample reads whole; every bad row is refused with file, line and column. */
class ReferenceTableReaderTest {
    @TempDir
    Path tmp;

    @Test
    void theIcbSampleHasFortyTwoBoardsWithGssAndOdsCodes() {
        ReferenceTable t = new ReferenceTableReader().read(Fixtures.icbSample());
        assertEquals("ICB24", t.prefix());
        assertTrue(t.hasOdsCodes());
        assertEquals(42, t.entries().size());
        assertEquals(new ReferenceEntry(2, "E54000008", "QYG", "NHS Cheshire and Merseyside Integrated Care Board"), t.entries().get(0));
        assertEquals(new ReferenceEntry(4, "E54000011", "QOC", "NHS Shropshire, Telford and Wrekin Integrated Care Board"), t.entries().get(2));
        assertTrue(t.entries().stream().allMatch(e -> e.gssCode().startsWith("E54")));
    }

    private Path write(String content) throws Exception {
        Path f = tmp.resolve("icb.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static List<String> problems(Path f) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new ReferenceTableReader().read(f));
        return e.problems().stream().map(Problem::format).toList();
    }

    @Test
    void badCodesDuplicatesAndMissingNamesAreAllReportedWithLineAndColumn() throws Exception {
        Path f = write("""
                ICB24CD,ICB24CDH,ICB24NM,ObjectId
                E54000008,QYG,NHS Cheshire and Merseyside Integrated Care Board,1
                E5400010,QNC,A board with a short code,2
                E54000011,qoc,A board with a lower-case ODS code,3
                E54000008,QJM,A board with a duplicate code,4
                E54000015,QK1,,5
                """);
        assertEquals(List.of(
                f + ":3:1: error [gss-code-invalid] column 'ICB24CD': \"E5400010\" is not a GSS code. A GSS code is a capital letter and 8 digits, e.g. E54000008 (an Integrated Care Board) or E38000001 (a sub-ICB location).",
                f + ":4:2: error [ods-code-invalid] column 'ICB24CDH': \"qoc\" is not an ODS organisation code. Did you mean \"QOC\"? An ODS organisation code is 3 to 6 upper-case letters and digits, e.g. QE1, RXH or 00L.",
                f + ":5:1: error [id-duplicate] column 'ICB24CD': \"E54000008\" is used by more than one row (first on line 2). Each area appears once in a code list.",
                f + ":6:3: error [value-missing] column 'ICB24NM': a value is required. Fill it in."), problems(f));
    }

    @Test
    void unknownAndMissingColumnsAreNamed() throws Exception {
        Path f = write("ICB24CD,ICB24CDH,Name\nE54000008,QYG,NHS Cheshire and Merseyside Integrated Care Board\n");
        assertEquals(List.of(
                f + ":1:3: error [column-unknown] column 'Name': a code list has no column of this name. Columns are XXXyyCD (GSS codes), XXXyyNM (names) and optionally XXXyyCDH (ODS codes), XXXyyNMW and ObjectId, e.g. ICB24CD, ICB24NM, ICB24CDH.",
                f + ":1: error [column-missing] column 'ICB24NM': the required column is missing from the header. A code list needs a column of names named like ICB24NM."), problems(f));
    }

    @Test
    void mixedPrefixesAreRefused() throws Exception {
        Path f = write("ICB24CD,SICBL24NM\nE54000008,Somewhere\n");
        List<String> ps = problems(f);
        assertEquals(f + ":1:2: error [column-unknown] column 'SICBL24NM': the column's prefix differs from ICB24. A code list describes one kind of area: all its columns share one prefix, e.g. ICB24CD and ICB24NM.", ps.get(0));
        assertEquals(2, ps.size(), ps::toString);
    }
}
