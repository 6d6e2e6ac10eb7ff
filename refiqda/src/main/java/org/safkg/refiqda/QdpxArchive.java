package org.safkg.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;

/**
 * A .qdpx archive opened for reading, with every entry name checked before anything is read
 * (no absolute paths, no "..", no backslashes) and hard caps on entries, sizes and compression
 * ratio. Nothing is extracted to disk: entries are read into memory one at a time, counted as they
 * are inflated, because the sizes a zip declares can lie.
 */
public final class QdpxArchive implements AutoCloseable {
    private static final String SOURCES = "sources/";
    private final Path file;
    private final ZipFile zip;
    private final ZipLimits limits;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long bytesRead;

    private QdpxArchive(Path file, ZipFile zip, ZipLimits limits) {
        this.file = file;
        this.zip = zip;
        this.limits = limits;
    }

    /** Opens and checks the archive; refuses a file that is not a zip or whose entries are unsafe. */
    public static QdpxArchive open(Path file, ZipLimits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw fail(file, ProblemId.QDA_NOT_ZIP, "is not a zip archive (" + e.getMessage() + ").",
                    "A .qdpx must be the zip file your QDA tool exported; open the tool and export the project again.");
        } catch (IOException e) {
            throw fail(file, ProblemId.FILE_MISSING, "cannot be read (" + e.getMessage() + ").", "Check the path and permissions.");
        }
        QdpxArchive a = new QdpxArchive(file, zip, limits);
        try {
            a.checkEntries();
        } catch (RuntimeException e) {
            a.close();
            throw e;
        }
        return a;
    }

    private void checkEntries() {
        long declared = 0;
        int n = 0;
        for (Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements(); ) {
            ZipEntry e = en.nextElement();
            if (++n > limits.maxEntries()) {
                throw unsafe("has more than " + limits.maxEntries() + " entries.", "--max-entries");
            }
            String name = e.getName();
            if (!safeName(name)) {
                throw unsafe("holds the entry '" + name + "', whose path would escape the project folder.", null);
            }
            if (e.getSize() > 0) declared += e.getSize();
            if (declared > limits.maxTotalBytes()) {
                throw unsafe("would unpack to more than " + limits.maxTotalBytes() + " bytes.", "--max-bytes");
            }
            if (!e.isDirectory()) entries.put(name, e);
        }
    }

    static boolean safeName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")
                || name.matches("^[A-Za-z]:.*")) {
            return false;
        }
        for (String seg : name.split("/")) if (seg.equals("..")) return false;
        return true;
    }

    /** The project file: project.qde, or else the one .qde at the top (ATLAS.ti names it after the project). */
    public String projectEntry() {
        if (entries.containsKey("project.qde")) return "project.qde";
        List<String> qde = new ArrayList<>();
        for (String name : entries.keySet()) {
            if (!name.contains("/") && name.toLowerCase(Locale.ROOT).endsWith(".qde")) qde.add(name);
        }
        if (qde.size() != 1) {
            throw fail(file, ProblemId.QDA_NO_PROJECT, qde.isEmpty() ? "holds no .qde project file."
                            : "holds several .qde files " + qde + " and no project.qde.",
                    "A .qdpx holds one project.qde (QDA-XML) beside a sources/ folder; export the project again from your QDA tool.");
        }
        return qde.get(0);
    }

    /** The entry for a source file named by plainTextPath (internal:// or bare), with sources/ in any case. */
    public Optional<String> sourceEntry(String relative) {
        for (String name : entries.keySet()) {
            if (name.length() > SOURCES.length() && name.substring(0, SOURCES.length()).equalsIgnoreCase(SOURCES)
                    && name.substring(SOURCES.length()).equals(relative)) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** Reads one entry, enforcing the size and ratio caps on the bytes actually inflated. */
    public byte[] read(String name) {
        ZipEntry e = entries.get(name);
        if (e == null) throw new IllegalArgumentException("no entry " + name);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(e.getSize(), 1 << 20)));
        long compressed = Math.max(1, e.getCompressedSize());
        try (InputStream in = zip.getInputStream(e)) {
            byte[] buf = new byte[65536];
            long count = 0;
            for (int r; (r = in.read(buf)) > 0; ) {
                count += r;
                bytesRead += r;
                if (count > limits.maxEntryBytes()) throw unsafe("has an entry '" + name + "' larger than " + limits.maxEntryBytes() + " bytes.", "--max-entry-bytes");
                if (bytesRead > limits.maxTotalBytes()) throw unsafe("unpacks to more than " + limits.maxTotalBytes() + " bytes.", "--max-bytes");
                // small entries compress oddly (a 1-byte file grows); only a large, tiny-when-packed one is a bomb
                if (count > (1 << 20) && count / compressed > limits.maxRatio()) {
                    throw unsafe("has an entry '" + name + "' compressed more than " + limits.maxRatio() + " times (a zip bomb?).", "--max-ratio");
                }
                out.write(buf, 0, r);
            }
        } catch (ZipException ex) {
            throw fail(file, ProblemId.QDA_NOT_ZIP, "has a broken entry '" + name + "' (" + ex.getMessage() + ").",
                    "Export the project again from your QDA tool.");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    public Path file() {
        return file;
    }

    /** The archive breaks a limit; {@code option} raises that limit (null: no option may allow it). */
    private InvalidInputException unsafe(String what, String option) {
        return fail(file, ProblemId.QDA_UNSAFE_ZIP, what, "The archive was refused and nothing was written; export the project again from your QDA tool"
                + (option == null ? "." : ", or, only if you trust the file, raise the limit with " + option + " N."));
    }

    static InvalidInputException fail(Path file, ProblemId id, String what, String hint) {
        return new InvalidInputException("REFI-QDA file " + file, List.of(Problem.ofFile(id, file, what, hint)));
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
