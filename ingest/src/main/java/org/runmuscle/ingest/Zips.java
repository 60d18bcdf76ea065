package org.runmuscle.ingest;

import java.util.Locale;
import java.util.zip.ZipException;

/** Zip facts and wording for {@link ExportWalker}: what a zip looks like, and its problems in words. */
final class Zips {
    private Zips() {}

    static boolean encrypted(ZipException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("encrypt");
    }

    static String problem(ZipException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (encrypted(e)) {
            return "the zip is encrypted (password-protected): runmuscle cannot open it";
        }
        if (message.contains("end header") || message.contains("zip file is empty")) {
            return "not a complete zip archive (it may be truncated): nothing in it was read";
        }
        return "the zip is corrupt (" + e.getMessage() + ")";
    }

    /** Zip's local file header, or the end record of an empty zip. */
    static boolean isZip(byte[] head) {
        return head.length >= 4
                && head[0] == 'P'
                && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }

    /** An entry's name as shown: control characters replaced, never longer than 200 characters. */
    static String label(String entryName) {
        String shown = entryName.replaceAll("\\p{Cntrl}", "?");
        return shown.length() > 200 ? shown.substring(0, 197) + "..." : shown;
    }

    static String size(long bytes) {
        return bytes >= 1L << 30
                ? String.format(Locale.ROOT, "%.0f GiB", bytes / 1073741824.0)
                : ActivityReaders.mib(bytes) + " MiB";
    }
}
