package org.safkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A query's expectation files are found by name, and their names give the parameters (a value may hold an '='). */
class ExpectationFilesTest {
    @TempDir
    Path dir;

    @Test
    void theQuerysOwnFilesInNameOrderWithTheirParameters() throws IOException {
        for (String f : List.of("q.expected.csv", "q.expected.siteId=S3,scope=a=b.csv", "q.expected.a=1.csv", "q.expected-other.csv",
                "qq.expected.csv", "q.expected.txt", "q.rq")) {
            Files.writeString(dir.resolve(f), "x\n");
        }
        assertEquals(List.of(new ExpectationFiles.Expectation(dir.resolve("q.expected.a=1.csv"), Map.of("a", "1")),
                        new ExpectationFiles.Expectation(dir.resolve("q.expected.csv"), Map.of()),
                        new ExpectationFiles.Expectation(dir.resolve("q.expected.siteId=S3,scope=a=b.csv"), Map.of("siteId", "S3", "scope", "a=b"))),
                ExpectationFiles.of("q", dir));
        assertEquals(List.of("siteId", "scope"), List.copyOf(ExpectationFiles.of("q", dir).get(2).parameters().keySet()), "in the name's order");
    }
}
