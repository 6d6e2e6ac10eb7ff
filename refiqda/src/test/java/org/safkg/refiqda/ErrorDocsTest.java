package org.safkg.refiqda;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.safkg.refiqda.TestFiles.ROOT;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;
import org.safkg.problems.ProblemId;

/** docs/errors.md has an anchored entry for every error a REFI-QDA import can report. */
class ErrorDocsTest {
    @Test
    void everyQdaErrorIdHasAnAnchoredEntry() throws Exception {
        String docs = Files.readString(ROOT.resolve("docs/errors.md"));
        for (ProblemId id : ProblemId.values()) {
            if (!id.code().startsWith("qda-") && id != ProblemId.ENCODING) continue;
            assertTrue(docs.contains("| <a id=\"" + id.code() + "\"></a>`" + id.code() + "` |"), id.code() + " has no anchored entry in docs/errors.md");
        }
        // the encoding entry speaks of QDA source texts, not only of CSV
        String encoding = docs.lines().filter(l -> l.contains("`encoding`")).findFirst().orElseThrow();
        assertTrue(encoding.contains("REFI-QDA") && encoding.contains("UTF-16") && encoding.contains("sources/"), encoding);
    }
}
