package org.runmuscle.ingest;

import java.time.Instant;
import java.util.List;

/**
 * Strength-training FIT files as a Garmin watch writes them (file id, heart-rate records, one set
 * message per set and per rest, the session), made with our encoder: no public file has real set
 * messages. Shared with the app's tests.
 */
public final class StrengthFitFiles {
    /** Seconds of rest written between two sets. */
    public static final int REST_SECONDS = 60;

    private StrengthFitFiles() {}

    /** One set: {@code category} -1 writes none; {@code weightKg} 0 writes none. */
    public record Set(int category, int subtype, int reps, double weightKg, int seconds) {}

    /** A strength-training session (sport training, sub-sport strength training) of these sets. */
    public static byte[] session(Instant start, List<Set> sets) {
        return session(start, sets, 10, 20);
    }

    /** As {@link #session(Instant, List)}, with another sport and sub-sport. */
    public static byte[] session(Instant start, List<Set> sets, int sport, int subSport) {
        long t0 = FitWriter.fitTime(start.getEpochSecond());
        FitWriter fit = new FitWriter();
        fit.define(
                0,
                0,
                new FitWriter.Field(0, 1, FitWriter.ENUM),
                new FitWriter.Field(1, 2, FitWriter.UINT16),
                new FitWriter.Field(2, 2, FitWriter.UINT16),
                new FitWriter.Field(4, 4, FitWriter.UINT32));
        fit.write(0, 4, 1, 3990, t0);
        fit.define(1, 20, new FitWriter.Field(253, 4, FitWriter.UINT32), new FitWriter.Field(3, 1, FitWriter.UINT8));
        fit.define(
                2,
                225,
                new FitWriter.Field(254, 4, FitWriter.UINT32),
                new FitWriter.Field(0, 4, FitWriter.UINT32),
                new FitWriter.Field(3, 2, FitWriter.UINT16),
                new FitWriter.Field(4, 2, FitWriter.UINT16),
                new FitWriter.Field(5, 1, FitWriter.UINT8),
                new FitWriter.Field(6, 4, FitWriter.UINT32),
                new FitWriter.Field(7, 4, FitWriter.UINT16),
                new FitWriter.Field(8, 4, FitWriter.UINT16));
        long t = t0;
        for (Set set : sets) {
            for (long s = t; s < t + set.seconds() + REST_SECONDS; s += 5) {
                fit.write(1, s, s < t + set.seconds() ? 135 : 110);
            }
            fit.write(
                    2,
                    t + set.seconds(),
                    set.seconds() * 1000L,
                    set.reps() < 0 ? FitWriter.NONE : set.reps(),
                    set.weightKg() > 0 ? Math.round(set.weightKg() * 16) : FitWriter.NONE,
                    1,
                    t,
                    set.category() < 0 ? FitWriter.NONE : set.category(),
                    set.subtype() < 0 ? FitWriter.NONE : set.subtype());
            t += set.seconds();
            fit.write(
                    2,
                    t + REST_SECONDS,
                    REST_SECONDS * 1000L,
                    FitWriter.NONE,
                    FitWriter.NONE,
                    0,
                    t,
                    FitWriter.NONE,
                    FitWriter.NONE);
            t += REST_SECONDS;
        }
        long elapsed = (t - t0) * 1000;
        fit.define(
                3,
                18,
                new FitWriter.Field(253, 4, FitWriter.UINT32),
                new FitWriter.Field(2, 4, FitWriter.UINT32),
                new FitWriter.Field(5, 1, FitWriter.ENUM),
                new FitWriter.Field(6, 1, FitWriter.ENUM),
                new FitWriter.Field(7, 4, FitWriter.UINT32),
                new FitWriter.Field(8, 4, FitWriter.UINT32),
                new FitWriter.Field(16, 1, FitWriter.UINT8),
                new FitWriter.Field(17, 1, FitWriter.UINT8));
        fit.write(3, t, t0, sport, subSport, elapsed, elapsed, 122, 150);
        return fit.bytes();
    }
}
