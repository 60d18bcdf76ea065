package org.runmuscle.ingest;

/**
 * What an import will unpack before it refuses: bytes of one file once inflated, bytes inflated in
 * all, entries in one zip and zips inside zips. Counted on bytes actually inflated, never on the
 * sizes an archive declares, which a zip bomb lies about.
 *
 * @param maxFileBytes     one activity file, inflated
 * @param maxInflatedBytes everything inflated from one archive given to the import, nested zips included
 * @param maxEntries       entries in one zip
 * @param maxDepth         zips inside the archive given (1: a zip of zips, as Garmin's account export is)
 */
public record ExportLimits(long maxFileBytes, long maxInflatedBytes, int maxEntries, int maxDepth) {
    /**
     * 64 MiB per file: the largest recording in shared/data is 8 MB (a 14-hour triathlon), and a
     * file is decoded in memory, so this bounds the heap an import needs. 32 GiB inflated in all,
     * 50,000 entries per zip and three levels of nesting: Garmin's account export is a zip of
     * zips (two levels) holding a few thousand activities and thousands of monitoring files;
     * Strava's holds one file per activity. Estimates of the largest real exports, with room.
     */
    public static final ExportLimits DEFAULT =
            new ExportLimits(ActivityReaders.DEFAULT_MAX_BYTES, 32L << 30, 50_000, 3);

    public ExportLimits {
        if (maxFileBytes <= 0 || maxInflatedBytes <= 0 || maxEntries <= 0 || maxDepth < 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public ExportLimits withMaxFileBytes(long bytes) {
        return new ExportLimits(bytes, maxInflatedBytes, maxEntries, maxDepth);
    }
}
