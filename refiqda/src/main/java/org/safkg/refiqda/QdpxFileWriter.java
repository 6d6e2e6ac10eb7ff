package org.safkg.refiqda;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.safkg.store.AtomicFile;

/**
 * Writes a .qdpx archive (project.qde, then sources/) atomically: into a temporary file in the same
 * folder, created with the user's umask like any file they write, then renamed over the target. A
 * failed export leaves the earlier file, if any, untouched, and no partial file behind.
 */
final class QdpxFileWriter {
    private QdpxFileWriter() {}

    static void write(Path out, byte[] qde, Map<String, byte[]> sourceFiles) {
        AtomicFile.write(out, os -> {
            try (ZipOutputStream zip = new ZipOutputStream(os)) {
                put(zip, "project.qde", qde);
                for (var e : sourceFiles.entrySet()) put(zip, "sources/" + e.getKey(), e.getValue());
            }
        });
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // fixed time: the same study gives the same bytes
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
