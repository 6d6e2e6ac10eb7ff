package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.ontology.OntologyFiles;
import org.safkg.refiqda.RefiQdaImporter.ImportedStudy;
import org.safkg.refiqda.RefiQdaImporter.Options;

/** The .qdpx is written whole or not at all, and with the permissions any file the user writes gets. */
class ExportFileTest {
    @TempDir
    Path tmp;

    private ImportedStudy rich() {
        return new RefiQdaImporter().prepare(RoundTripTest.richProject(tmp), Options.of("rich"), RefiQdaImporter.Progress.NONE);
    }

    private static void export(ImportedStudy s, Path out) {
        QdpxExporter.export(s.graphs().iris(), s.graphs().study(), s.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), out);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theFileGetsTheUmaskNotOwnerOnly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path out = dir.resolve("rich.qdpx");
        export(rich(), out);
        // a file created plainly in the same folder shows what the umask gives (0644 under the usual 022; never 0600 then)
        Path reference = Files.createFile(dir.resolve("reference"));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(out));
        assertEquals(List.of("reference", "rich.qdpx"), names(dir), "no temporary file is left behind");
    }

    @Test
    void aFailedExportLeavesNoPartialFile() throws Exception {
        ImportedStudy s = rich();
        Path dir = Files.createDirectories(tmp.resolve("fail"));
        Path good = dir.resolve("rich.qdpx");
        export(s, good);
        byte[] before = Files.readAllBytes(good);
        // the target is a folder that cannot be replaced: the export fails at its last step
        Path blocked = Files.createDirectories(dir.resolve("blocked.qdpx"));
        Files.writeString(blocked.resolve("keep.txt"), "mine");
        assertThrows(UncheckedIOException.class, () -> export(s, blocked));
        assertEquals(List.of("blocked.qdpx", "rich.qdpx"), names(dir));
        assertEquals(List.of("keep.txt"), names(blocked));
        // a study that is not there: refused before anything is written
        assertThrows(IllegalArgumentException.class, () -> QdpxExporter.export(new org.safkg.study.StudyIris("nope"), s.graphs().study(),
                s.graphs().excerpts(), OntologyFiles.ontologyAndConcepts(), good));
        assertArrayEquals(before, Files.readAllBytes(good));
        assertEquals(List.of("blocked.qdpx", "rich.qdpx"), names(dir));
    }
}
