package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.store.StudyStore;

/**
 * A large synthetic project (40 interviews of 500 KB with emoji, 10,000 coded selections, 500 codes)
 * imported into an in-memory TDB2 store, timed. Run with -Dgroups=slow; figures in BENCHMARK.md.
 */
@Tag("slow")
class LargeProjectBenchmark {
    static final int SOURCES = 40, SELECTIONS_PER_SOURCE = 250, CODES = 500, TEXT_CHARS = 500_000;

    @TempDir
    Path tmp;

    @Test
    void importsALargeProject() {
        Random rnd = new Random(42);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"large\" origin=\"bench\">\n");
        String user = uuid(rnd);
        xml.append("<Users><User guid=\"").append(user).append("\"/></Users>\n<CodeBook><Codes>\n");
        String[] codes = new String[CODES];
        for (int i = 0; i < CODES; i++) {
            codes[i] = uuid(rnd);
            xml.append("<Code guid=\"").append(codes[i]).append("\" name=\"code ").append(i).append("\" isCodable=\"true\"/>\n");
        }
        xml.append("</Codes></CodeBook>\n<Sources>\n");
        int codings = 0;
        for (int s = 0; s < SOURCES; s++) {
            StringBuilder text = new StringBuilder(TEXT_CHARS + 100);
            while (text.length() < TEXT_CHARS) text.append(rnd.nextInt(50) == 0 ? "\uD83D\uDE00 " : "We talked about trust and the council. ");
            String t = text.toString();
            int cps = t.codePointCount(0, t.length());
            String file = "s" + s + ".txt";
            entries.put("sources/" + file, t.getBytes(StandardCharsets.UTF_8));
            xml.append("<TextSource guid=\"").append(uuid(rnd)).append("\" name=\"interview ").append(s).append("\" plainTextPath=\"internal://").append(file).append("\">\n");
            for (int k = 0; k < SELECTIONS_PER_SOURCE; k++) {
                int start = rnd.nextInt(cps - 400), end = start + 20 + rnd.nextInt(300);
                xml.append("<PlainTextSelection guid=\"").append(uuid(rnd)).append("\" startPosition=\"").append(start).append("\" endPosition=\"").append(end).append("\">");
                int n = 1 + (k % 2);
                for (int c = 0; c < n; c++, codings++) {
                    xml.append("<Coding guid=\"").append(uuid(rnd)).append("\" creatingUser=\"").append(user).append("\"><CodeRef targetGUID=\"")
                            .append(codes[rnd.nextInt(CODES)]).append("\"/></Coding>");
                }
                xml.append("</PlainTextSelection>\n");
            }
            xml.append("</TextSource>\n");
        }
        xml.append("</Sources>\n</Project>\n");
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put("project.qde", xml.toString().getBytes(StandardCharsets.UTF_8));
        all.putAll(entries);
        Path f = TestFiles.zip(tmp.resolve("large.qdpx"), all);

        long t0 = System.nanoTime();
        RefiQdaImporter.ImportedStudy s = new RefiQdaImporter().prepare(f, Options.of("large"), RefiQdaImporter.Progress.NONE);
        long t1 = System.nanoTime();
        try (StudyStore store = StudyStore.inMemory()) {
            store.replaceStudy(s.graphs(), s.provenance());
        }
        long t2 = System.nanoTime();
        Runtime rt = Runtime.getRuntime();
        rt.gc();
        assertEquals(SOURCES * SELECTIONS_PER_SOURCE, s.project().allSelections().size());
        System.out.printf("BENCHMARK large.qdpx: %.1f MB zip (%.1f MB unpacked), %d selections, %d codings; prepare %.2f s, store %.2f s; %d + %d triples; heap after %d MB (max %d MB)%n",
                f.toFile().length() / 1e6, all.values().stream().mapToLong(b -> b.length).sum() / 1e6, SOURCES * SELECTIONS_PER_SOURCE, codings,
                (t1 - t0) / 1e9, (t2 - t1) / 1e9, s.graphs().study().size(), s.graphs().excerpts().size(),
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
    }

    private static String uuid(Random rnd) {
        return new UUID(rnd.nextLong(), rnd.nextLong()).toString();
    }
}
