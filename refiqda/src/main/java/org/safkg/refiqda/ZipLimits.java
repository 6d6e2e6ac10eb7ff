package org.safkg.refiqda;

/** Hard caps on a .qdpx archive, so that a zip bomb is refused before it fills memory or disk. */
public record ZipLimits(int maxEntries, long maxTotalBytes, long maxEntryBytes, long maxRatio) {
    /** 10,000 entries, 1 GiB in all, 256 MiB per entry, at most 200 times smaller compressed. */
    public static final ZipLimits DEFAULT = new ZipLimits(10_000, 1L << 30, 256L << 20, 200);
}
