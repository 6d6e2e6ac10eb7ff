package org.safkg.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;

/**
 * Decides whether a bundle file may be opened, before a byte of it is read: only a regular file inside the bundle
 * folder (a link may point within it), no larger than the limit. A FIFO would hang the reader while it holds the
 * store's lock; a link to /etc/passwd would echo a line of it in an error message.
 */
public final class BundleFileGate {
    /** The default size limit of one file, 64 MiB: the Vanguard bundle's largest file is under 20 kB. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final Path folder;
    private final long maxBytes;

    public BundleFileGate(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
    }

    /** Why the file may not be opened, if it may not. */
    public Optional<Problem> refusal(Path file) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isSymbolicLink()) {
                if (!Files.exists(file)) {
                    return Optional.of(Problem.ofFile(ProblemId.FILE_MISSING, file, "is a symbolic link to a file that does not exist.",
                            "Copy the file itself into the bundle folder."));
                }
                Path target = file.toRealPath();
                if (!target.startsWith(folder.toRealPath())) {
                    return Optional.of(Problem.ofFile(ProblemId.FILE_NOT_REGULAR, file, "is a symbolic link to a file outside the bundle folder; it was not read.",
                            "Copy the file into the bundle folder instead of linking to it."));
                }
                attrs = Files.readAttributes(target, BasicFileAttributes.class);
            }
            if (!attrs.isRegularFile()) {
                String what = attrs.isDirectory() ? "a folder" : attrs.isOther() ? "a pipe, socket or device" : "not a regular file";
                return Optional.of(Problem.ofFile(ProblemId.FILE_NOT_REGULAR, file, "is " + what + ", not a regular file; it was not read.",
                        "Put the CSV file itself in the bundle folder."));
            }
            if (attrs.size() > maxBytes) {
                return Optional.of(Problem.ofFile(ProblemId.FILE_TOO_LARGE, file,
                        "is " + attrs.size() + " bytes, more than the limit of " + maxBytes + " bytes per file; it was not read.",
                        "Check that it is the right file; if it is, raise the limit with --max-file-bytes " + attrs.size() + "."));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(Problem.ofFile(ProblemId.FILE_MISSING, file, "cannot be read (" + e.getClass().getSimpleName() + ").",
                    "Check that it exists and is readable."));
        }
    }
}
