package org.runmuscle.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** ISO 8601 times as GPX and TCX write them: with Z, with an offset, or (rarely) with no zone. */
final class XmlTimes {
    private XmlTimes() {
    }

    /** Unix seconds, or NaN for text that is not a time. A time without zone is taken as UTC. */
    static double seconds(String text) {
        String value = text.strip();
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

    static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
