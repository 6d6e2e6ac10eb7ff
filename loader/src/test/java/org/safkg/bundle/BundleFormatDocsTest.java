package org.safkg.bundle;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.safkg.testing.TestBundles;

/** The template and data/README.md describe exactly the format the reader checks, so neither can drift. */
class BundleFormatDocsTest {

    @Test
    void templateHeadersAreTheSchemaColumns() throws IOException {
        for (FileSchema f : BundleSchema.FILES) {
            Path file = TestBundles.root().resolve("data/template").resolve(f.fileName());
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            assertEquals(List.of(String.join(",", f.header())), lines, "data/template/" + f.fileName() + " is its header only");
        }
    }

    @Test
    void readmeDocumentsEveryFileAndColumn() throws IOException {
        String readme = Files.readString(TestBundles.root().resolve("data/README.md"), StandardCharsets.UTF_8);
        for (FileSchema f : BundleSchema.FILES) {
            int at = readme.indexOf("### `" + f.fileName() + "`");
            assertTrue(at >= 0, "data/README.md has a section for " + f.fileName());
            int next = readme.indexOf("\n### ", at + 1);
            String section = readme.substring(at, next < 0 ? readme.length() : next);
            for (Column c : f.columns()) {
                if (c.name().equals(BundleSchema.SOURCE) || c.name().equals(BundleSchema.INFERRED)) continue;
                assertTrue(section.contains("`" + c.name() + "`"), f.fileName() + ": column " + c.name() + " documented");
            }
        }
    }
}
