package org.runmuscle.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The file formats runmuscle reads, recognised from their bytes, never from a file name. */
public enum ActivityFormat {
    FIT,
    GPX,
    TCX,
    GZIP;

    private static final int SNIFF_BYTES = 4096;

    /**
     * The patterns an XML file's head is read with, compiled once, when the first XML file comes
     * (a FIT-only run compiles none): compiled per file by {@code String.replaceAll}, they were
     * 2.5 % of {@code bench analyze} over every format.
     */
    private static final class XmlHead {
        /** What may come before the root element: processing instructions, comments, a doctype. */
        static final Pattern INSTRUCTION = Pattern.compile("(?s)<\\?.*?\\?>");

        static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
        static final Pattern DOCTYPE = Pattern.compile("(?s)<!DOCTYPE[^>\\[]*(\\[.*?])?\\s*>");
        static final Pattern FIRST_ELEMENT = Pattern.compile("<([A-Za-z_][\\w.\\-]*:)?([A-Za-z_][\\w.\\-]*)");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format of a file's first bytes, if they are one runmuscle reads at all; for skipping
     * files in a folder that are not activities (a README, a photo) rather than calling them broken.
     */
    public static Optional<ActivityFormat> recognise(byte[] head) {
        try {
            return Optional.of(detect(head));
        } catch (ActivityFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** Which format these bytes are in. */
    static ActivityFormat detect(byte[] bytes) throws ActivityFormatException {
        if (bytes.length == 0) {
            throw new ActivityFormatException("the file is empty");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B) {
            return GZIP;
        }
        if (FitDecoder.looksLikeFit(bytes)) {
            return FIT;
        }
        if (Zips.isZip(bytes)) {
            throw new ActivityFormatException("a zip archive, not one activity file: 'runmuscle import' reads zips "
                    + "and whole Strava or Garmin exports");
        }
        String head =
                new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8).replace("\uFEFF", "");
        head = XmlHead.INSTRUCTION.matcher(head).replaceAll("");
        head = XmlHead.COMMENT.matcher(head).replaceAll("");
        head = XmlHead.DOCTYPE.matcher(head).replaceAll("");
        if (head.stripLeading().startsWith("<")) {
            Matcher element = XmlHead.FIRST_ELEMENT.matcher(head.stripLeading());
            if (element.lookingAt()) {
                String root = element.group(2);
                if (root.equalsIgnoreCase("gpx")) {
                    return GPX;
                }
                if (root.equals("TrainingCenterDatabase")) {
                    return TCX;
                }
                throw new ActivityFormatException("an XML document whose root is <" + root
                        + ">: not GPX or TCX, the XML formats runmuscle reads");
            }
        }
        throw new ActivityFormatException("not a FIT, GPX or TCX file (it starts with bytes " + hex(bytes)
                + "); runmuscle reads those, optionally gzipped");
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(8, bytes.length); i++) {
            hex.append(String.format("%02X ", bytes[i] & 0xFF));
        }
        return hex.toString().strip();
    }
}
