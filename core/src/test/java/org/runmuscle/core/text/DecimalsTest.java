package org.runmuscle.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DecimalsTest {
    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    /** Values of every kind the notes and tables meet, and the ones that trip rounding. */
    private static List<Double> values() {
        List<Double> values = new ArrayList<>(List.of(
                0.0,
                -0.0,
                0.15,
                -0.15,
                0.25,
                2.5,
                -2.5,
                0.05,
                1.005,
                2.675,
                1.45,
                0.35,
                9.95,
                99.95,
                0.045,
                1e-20,
                -1e-20,
                0.4999999999999999,
                0.5,
                1.5,
                1e9,
                -1e9,
                999_999.9995,
                123_456_789.5,
                1e15,
                1e300,
                Double.NaN,
                Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY,
                Double.MIN_VALUE,
                Double.MAX_VALUE));
        Random random = new Random(20261201);
        for (int i = 0; i < 25_000; i++) {
            values.add((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(10) - 2));
            // a decimal near a tie at one to three places, as measured values land on them
            int decimals = 1 + random.nextInt(3);
            double tie = (random.nextInt(2_000_000) - 1_000_000 + 0.5) / Math.pow(10, decimals);
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(tie));
            values.add(random.nextInt(20_000) / 100.0);
            values.add(random.nextInt(2_000_000) - 1_000_000 + 0.5);
        }
        return values;
    }

    @Test
    void writesWhatStringFormatWrites() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        for (double value : values()) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                String spec = "." + decimals + "f";
                assertEquals(String.format("%" + spec, value), Decimals.fixed(value, decimals), () -> spec + value);
                assertEquals(String.format("%+" + spec, value), Decimals.signed(value, decimals), () -> spec + value);
                assertEquals(String.format("%8" + spec, value), Decimals.fixed(value, decimals, 8), () -> spec + value);
                assertEquals(
                        String.format(Locale.GERMANY, "%" + spec, value),
                        Decimals.fixed(Locale.GERMANY, value, decimals),
                        () -> spec + value);
            }
        }
    }

    @Test
    void leavesTiesAndTheUnusualToStringFormat() {
        assertNull(Decimals.fast(0.15, 1, false)); // Formatter writes 0.2, the exact value rounds to 0.1
        assertEquals("3", Decimals.fast(2.5, 0, false)); // a true tie without decimals: up, as Formatter does
        assertEquals("-545", Decimals.fast(-544.5000000000001, 0, false));
        assertNull(Decimals.fast(Double.NaN, 1, false));
        assertNull(Decimals.fast(2e9, 0, false));
        assertEquals("-0.0", Decimals.fast(-0.01, 1, false));
        assertEquals("+12.35", Decimals.fast(12.3456, 2, true));
    }

    @Test
    void writesDurationsAsClocks() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.ROOT);
        assertEquals("0:00", Decimals.clock(0));
        assertEquals("1:05", Decimals.clock(65));
        assertEquals("1:00", Decimals.clock(59.6)); // rounded to the second first
        assertEquals("59:59", Decimals.clock(3599.4));
        assertEquals("1:00:00", Decimals.clock(3599.5));
        assertEquals("1:02:05", Decimals.clock(3725));
        assertEquals("26:00:01", Decimals.clock(93_601));
    }

    /** Every locale the JDK has: its digits, separator and minus sign, or the fallback to String.format. */
    @Test
    void agreesInEveryLocale() {
        for (Locale locale : Locale.getAvailableLocales()) {
            Locale.setDefault(Locale.Category.FORMAT, locale);
            for (double value : List.of(-1234.5678, -0.04, -0.0, 0.0, 2.5, 97.5, 12.345, 1e10)) {
                assertEquals(String.format("%.1f", value), Decimals.fixed(value, 1), locale::toString);
                assertEquals(String.format("%.0f", value), Decimals.fixed(value, 0), locale::toString);
                assertEquals(String.format("%+.1f", value), Decimals.signed(value, 1), locale::toString);
                assertEquals(String.format("%8.0f", value), Decimals.fixed(value, 0, 8), locale::toString);
            }
            assertEquals(String.format("%02d", 7L), Decimals.zeroPadded(7, 2), locale::toString);
            assertEquals(String.format("%d", -42L), Decimals.integer(-42), locale::toString);
        }
    }

    @Test
    void followsTheDefaultLocaleLikeStringFormat() {
        for (Locale locale : List.of(
                Locale.US,
                Locale.GERMANY,
                Locale.FRANCE,
                Locale.forLanguageTag("ar-EG"),
                Locale.forLanguageTag("hi-IN-u-nu-deva"),
                Locale.forLanguageTag("th-TH-u-nu-thai"))) {
            Locale.setDefault(Locale.Category.FORMAT, locale);
            for (double value : List.of(3.14159, -2.71828, 1234.5678, 0.0)) {
                assertEquals(String.format("%.1f", value), Decimals.fixed(value, 1), locale::toString);
                assertEquals(String.format("%+.0f", value), Decimals.signed(value, 0), locale::toString);
                assertEquals(String.format("%6.2f", value), Decimals.fixed(value, 2, 6), locale::toString);
            }
            for (long value : List.of(0L, 7L, 42L, 12345L)) {
                assertEquals(String.format("%02d", value), Decimals.zeroPadded(value, 2), locale::toString);
                assertEquals(String.format("%d", value), Decimals.integer(value), locale::toString);
            }
        }
    }
}
