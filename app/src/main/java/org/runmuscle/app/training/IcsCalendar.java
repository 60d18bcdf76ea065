package org.runmuscle.app.training;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.training.plan.Plan;
import org.runmuscle.core.training.plan.Prescription;

/**
 * A plan as an iCalendar file (RFC 5545): one all-day event per session, from the Monday of the
 * start week (dated in the athlete's time zone, as the plan is). Lines end in CRLF and are folded
 * at 75 octets; text is escaped. Each session's UID names the athlete, the seed, the start and the
 * session, so importing an updated plan (after logged sessions moved the doses, say) updates the
 * events instead of adding them again; its SEQUENCE (minutes since 2026) and DTSTAMP, the time of
 * writing, tell calendars the newer copy wins.
 */
final class IcsCalendar {
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private IcsCalendar() {}

    /** Revisions count in minutes from here: any later copy of a plan has a higher SEQUENCE. */
    static final Instant SEQUENCE_EPOCH = Instant.parse("2026-01-01T00:00:00Z");

    static String of(Plan plan, LocalDate start, long seed, String owner, Instant now) {
        LocalDate monday = start.with(DayOfWeek.MONDAY);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(now);
        long sequence = Math.max(0, Duration.between(SEQUENCE_EPOCH, now).toMinutes());
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//runmuscle//strength plan//EN");
        lines.add("CALSCALE:GREGORIAN");
        for (Plan.Week week : plan.weeks()) {
            for (Plan.Session session : week.sessions()) {
                LocalDate date = SessionDates.of(monday, week, session);
                lines.add("BEGIN:VEVENT");
                lines.add("UID:runmuscle-" + (owner.isEmpty() ? "" : owner + "-") + seed + "-" + monday.format(DATE)
                        + "-w" + week.week() + "-" + session.day());
                lines.add("DTSTAMP:" + stamp);
                lines.add("SEQUENCE:" + sequence);
                lines.add("DTSTART;VALUE=DATE:" + date.format(DATE));
                lines.add("DTEND;VALUE=DATE:" + date.plusDays(1).format(DATE));
                lines.add("SUMMARY:"
                        + escape("Strength, week " + week.week() + (week.lighter() ? " (lighter)" : "") + ": "
                                + session.focus() + " (" + session.minutes() + " min)"));
                lines.add("DESCRIPTION:" + escape(description(session)));
                lines.add("END:VEVENT");
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder ics = new StringBuilder();
        lines.forEach(line -> ics.append(fold(line)).append("\r\n"));
        return ics.toString();
    }

    private static String description(Plan.Session session) {
        StringBuilder text = new StringBuilder("Warm-up: ")
                .append(String.join("; ", session.warmUp()))
                .append('\n');
        int n = 1;
        for (Prescription p : session.exercises()) {
            text.append(n++)
                    .append(". ")
                    .append(p.name())
                    .append(": ")
                    .append(PlanTable.dose(p))
                    .append('\n');
        }
        return text.toString().strip();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }

    /** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            return line;
        }
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                folded.append("\r\n ");
                octets = 1;
                limit = 75;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
