package org.safkg.synthetic;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.store.StudyStore;

/** The synthetic bundles: valid, loadable, deterministic by seed, and of about the size asked for. */
class SyntheticBundleGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void aSmallBundleValidatesLoadsAndHasAboutTheSizeAskedFor() {
        SyntheticBundleGenerator.Summary s = new SyntheticBundleGenerator(7).generate(20_000, tmp.resolve("syn"));
        assertEquals(21, s.blocks());
        assertEquals("synthetic-s7-b21", s.studyId());
        try (StudyStore store = StudyStore.inMemory()) {
            // realistic: an episode placed at a site is led and evidenced there, so the bundle loads without a warning
            assertEquals(List.of(), new StudyLoader().load(s.folder(), store).warnings());
            long quads = Txn.calculateRead(store.datasetGraph(), () -> Iter.count(store.datasetGraph().find()));
            assertEquals(s.expectedTriples(), quads, s.expectedTriples() * 0.05, "within 5% of the expected size");
            assertEquals(21 * 18, s.episodes());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        Path a = new SyntheticBundleGenerator(3).generate(5_000, tmp.resolve("a")).folder();
        Path b = new SyntheticBundleGenerator(3).generate(5_000, tmp.resolve("b")).folder();
        Path c = new SyntheticBundleGenerator(4).generate(5_000, tmp.resolve("c")).folder();
        List<String> files = List.of("study.csv", "sites.csv", "actors.csv", "excerpts.csv", "statements.csv", "episodes.csv",
                "organisations.csv", "programmes.csv", "respondent-counts.csv");
        for (String f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.resolve("episodes.csv")), Files.readAllBytes(c.resolve("episodes.csv"))));
    }

    @Test
    void rowCountsFollowTheVanguardBundlesPerSixSites() throws IOException {
        Path f = new SyntheticBundleGenerator(1).generate(3_300, tmp.resolve("p")).folder();
        int blocks = SyntheticBundleGenerator.blocksFor(3_300);
        assertEquals(2, blocks);
        assertEquals(1 + 6 * blocks, lines(f, "sites.csv"));
        assertEquals(1 + 27 * blocks, lines(f, "actors.csv"));
        assertEquals(1 + 18 * blocks, lines(f, "episodes.csv"));
        assertEquals(1 + 14 * blocks, lines(f, "statements.csv"));
        assertEquals(1 + 13 * blocks, lines(f, "excerpts.csv"));
    }

    /** At a million triples a shared vocabulary once made episode labels repeat 6 words of a quote, which the loader refuses. */
    @Test
    void noPublicCellRepeatsSixWordsOfAnExcerptEvenInALargeBundle() throws IOException {
        Path f = new SyntheticBundleGenerator(1).generate(1_000_000, tmp.resolve("large")).folder();
        org.safkg.study.QuoteRuns quotes = new org.safkg.study.QuoteRuns();
        try (var p = org.apache.commons.csv.CSVParser.parse(f.resolve("excerpts.csv"), java.nio.charset.StandardCharsets.UTF_8,
                org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            p.forEach(r -> quotes.add(r.get("id"), r.get("text")));
        }
        int cells = 0;
        for (String file : List.of("episodes.csv", "statements.csv")) {
            try (var p = org.apache.commons.csv.CSVParser.parse(f.resolve(file), java.nio.charset.StandardCharsets.UTF_8,
                    org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
                for (var r : p) {
                    for (String cell : r.toList()) {
                        cells++;
                        assertEquals(java.util.Optional.empty(), quotes.firstIn(cell), file + " line " + r.getRecordNumber());
                    }
                }
            }
        }
        assertTrue(cells > 100_000, "cells checked: " + cells);
    }

    @Test
    void refusesANonPositiveSize() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SyntheticBundleGenerator.blocksFor(0));
        assertEquals("the number of triples must be positive, not 0", e.getMessage());
    }

    private static long lines(Path folder, String file) throws IOException {
        try (Stream<String> l = Files.lines(folder.resolve(file))) {
            return l.count();
        }
    }
}
