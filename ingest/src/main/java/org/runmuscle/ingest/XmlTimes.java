package org.runmuscle.ingest;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO 8601 times as GPX and TCX write them: with Z, with an offset, or (rarely) with no zone. */
final class XmlTimes {
    /** Exact powers of ten as doubles: every one up to 10^22 is; a number of 15 digits needs 10^15 at most. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22
    };

    private XmlTimes() {}

    /**
     * Unix seconds, or NaN for text that is not a time. A time without zone is taken as UTC. White
     * space around it is ignored, as {@link String#strip} drops it; the readers hand their text
     * buffer itself, so that no string is made per value.
     */
    static double seconds(CharSequence text) {
        int from = start(text);
        int to = end(text, from);
        double fast = fastSeconds(text, from, to);
        return Double.isNaN(fast) ? javaTimeSeconds(text.subSequence(from, to).toString()) : fast;
    }

    /** Where {@code text} starts once leading white space ({@link Character#isWhitespace}) is skipped. */
    private static int start(CharSequence text) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code text} ends once trailing white space is skipped, not before {@code from}. */
    private static int end(CharSequence text, int from) {
        int to = text.length();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The same through java.time's parsers: slower, for the shapes the fast path leaves out. */
    static double javaTimeSeconds(String value) {
        try {
            return Instant.parse(value).toEpochMilli() / 1000.0;
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant().toEpochMilli() / 1000.0;
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli() / 1000.0;
                } catch (DateTimeParseException notLocal) {
                    return Double.NaN;
                }
            }
        }
    }

    /**
     * The common shapes ({@code 2017-12-09T08:19:03Z}, with fractions or an offset) read digit by
     * digit: java.time's parsers took a fifth of a GPX file's reading time. NaN for any other shape,
     * which then goes to java.time.
     */
    static double fastSeconds(CharSequence s) {
        return fastSeconds(s, 0, s.length());
    }

    /** {@link #fastSeconds(CharSequence)} of the characters from {@code from} to {@code n}. */
    private static double fastSeconds(CharSequence s, int from, int n) {
        if (n - from < 19
                || s.charAt(from + 4) != '-'
                || s.charAt(from + 7) != '-'
                || s.charAt(from + 10) != 'T'
                || s.charAt(from + 13) != ':'
                || s.charAt(from + 16) != ':') {
            return Double.NaN;
        }
        int year = digits(s, from, 4);
        int month = digits(s, from + 5, 2);
        int day = digits(s, from + 8, 2);
        int hour = digits(s, from + 11, 2);
        int minute = digits(s, from + 14, 2);
        int second = digits(s, from + 17, 2);
        if (year < 0
                || month < 1
                || month > 12
                || day < 1
                || day > 31
                || hour > 23
                || minute > 59
                || second > 59
                || hour < 0
                || minute < 0
                || second < 0
                || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Double.NaN;
        }
        int p = from + 19;
        double fraction = 0;
        if (p < n && s.charAt(p) == '.') {
            double scale = 0.1;
            p++;
            int start = p;
            while (p < n && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
                fraction += (s.charAt(p) - '0') * scale;
                scale /= 10;
                p++;
            }
            if (p == start) {
                return Double.NaN;
            }
        }
        int offsetSeconds;
        if (p == n) {
            offsetSeconds = 0;
        } else if (p == n - 1 && s.charAt(p) == 'Z') {
            offsetSeconds = 0;
        } else if (p == n - 6 && (s.charAt(p) == '+' || s.charAt(p) == '-') && s.charAt(p + 3) == ':') {
            int hours = digits(s, p + 1, 2);
            int minutes = digits(s, p + 4, 2);
            if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59) {
                return Double.NaN;
            }
            offsetSeconds = (s.charAt(p) == '-' ? -1 : 1) * (hours * 3600 + minutes * 60);
        } else {
            return Double.NaN;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        long whole = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        // milliseconds, as the java.time path gives
        return (whole * 1000 + (long) Math.floor(fraction * 1000 + 1e-6)) / 1000.0;
    }

    /** The number written by {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(CharSequence s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /**
     * A decimal number, or NaN for text that is not one (as {@link Double#parseDouble} reads them).
     * White space around it is ignored, as {@link String#strip} drops it.
     */
    static double number(CharSequence text) {
        int from = start(text);
        int to = end(text, from);
        double fast = fastNumber(text, from, to);
        if (!Double.isNaN(fast)) {
            return fast;
        }
        return slowNumber(text, from, to);
    }

    /**
     * The numbers the fast path leaves (most often coordinates of 16 to 38 digits, which a third
     * of the shared GPX files write) through FastDoubleParser: correctly rounded, so the very double
     * the JDK gives, about five times faster (250 against 40 ns a coordinate here; the JDK's
     * parsing was 6 % of Flight Recorder's samples of decoding and analysing every shared
     * recording). What it refuses goes to the JDK, which decides.
     */
    private static double slowNumber(CharSequence text, int from, int to) {
        try {
            return JavaDoubleParser.parseDouble(text, from, to - from);
        } catch (NumberFormatException notForIt) {
            try {
                return Double.parseDouble(text.subSequence(from, to).toString());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
    }

    /**
     * A plain decimal ({@code -12.345}) of at most 15 digits, or NaN for anything else. Such a
     * number's digits and its power of ten are both exact doubles, so one division, correctly
     * rounded, gives the very double {@link Double#parseDouble} gives (Clinger 1990's fast path).
     * Parsing through the JDK's general reader was 7 % of decoding and analysing every shared
     * recording; 85 % of the shared GPX and TCX coordinates and values take this path.
     */
    static double fastNumber(CharSequence value) {
        return fastNumber(value, 0, value.length());
    }

    /** {@link #fastNumber(CharSequence)} of the characters from {@code from} to {@code n}. */
    private static double fastNumber(CharSequence value, int from, int n) {
        int i = from;
        boolean negative = false;
        if (n > i && (value.charAt(i) == '-' || value.charAt(i) == '+')) {
            negative = value.charAt(i) == '-';
            i++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        for (; i < n; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return Double.NaN;
            }
        }
        if (count == 0 || count > 15) {
            return Double.NaN;
        }
        double magnitude = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return negative ? -magnitude : magnitude;
    }
}
