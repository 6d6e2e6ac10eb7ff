package org.safkg.paper;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safkg.bundle.BundleSchema;
import org.safkg.bundle.CsvRow;
import org.safkg.bundle.FileSchema;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.testing.TestBundles;

/**
 * The bundled study against the paper it comes from (shipped in data/vanguard-2022/paper/): every quote
 * and every authors' statement is verbatim in the paper, and every row's source names a section of it.
 */
class PaperVerbatimTest {
    static StudyBundle bundle;
    static PaperText paper;
    static PaperParagraphs paragraphs;

    @BeforeAll
    static void read() {
        Path folder = TestBundles.vanguard();
        bundle = new StudyBundleReader().read(folder);
        paper = PaperText.read(folder.resolve("paper/coleman-2022-socially-skilled-leader.txt"));
        paragraphs = PaperParagraphs.read(folder.resolve("paper/paragraphs.csv"), paper);
    }

    @Test
    void everyQuoteAndStatementIsVerbatimInThePaper() {
        List<String> missing = new ArrayList<>();
        for (String file : List.of(BundleSchema.EXCERPTS, BundleSchema.STATEMENTS)) {
            for (CsvRow r : bundle.rows(file)) {
                if (paper.indexOf(r.raw("text")) < 0) missing.add(file + ":" + r.line() + " " + r.get("id"));
            }
        }
        assertTrue(bundle.rows(BundleSchema.EXCERPTS).size() >= 13, "the bundle's quotes are there");
        assertEquals(List.of(), missing, "texts not verbatim in the paper");
    }

    @Test
    void aQuoteWithOneWordChangedIsNotFound() {
        String q01 = bundle.row(BundleSchema.EXCERPTS, "Q01").orElseThrow().raw("text");
        assertTrue(paper.indexOf(q01) >= 0);
        assertEquals(-1, paper.indexOf(q01.replace("mini advantage", "big advantage")));
        assertEquals(-1, paper.indexOf(q01.replace("[strategic level managers]", "strategic level managers")),
                "the authors' [insertions] must be kept");
    }

    @Test
    void everyRowsSourceIsASectionOfThePaper() {
        List<String> unknown = new ArrayList<>();
        for (FileSchema f : BundleSchema.FILES) {
            for (CsvRow r : bundle.rows(f.fileName())) {
                for (String s : r.get(BundleSchema.SOURCE).split(";")) {
                    if (!paragraphs.sections().contains(s.strip())) unknown.add(f.fileName() + ":" + r.line() + " \"" + s.strip() + "\"");
                }
            }
        }
        assertEquals(List.of(), unknown, "sources that name no section of paper/paragraphs.csv");
    }

    @Test
    void theParagraphListFollowsTheText() {
        List<PaperParagraphs.Paragraph> all = paragraphs.all();
        assertTrue(all.size() > 80, "every paragraph of the paper is listed");
        for (int i = 1; i < all.size(); i++) assertTrue(all.get(i).start() > all.get(i - 1).start());
        assertEquals("Results > Exploiting existing relationships", paragraphs.at(paper.indexOf("Each Vanguard was initiated and led by a small group")).section());
    }
}
