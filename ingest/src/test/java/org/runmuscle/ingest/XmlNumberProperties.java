package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast number reader gives the very double the JDK's reader gives, or leaves the text to it. */
class XmlNumberProperties {
    @Property(tries = 5000)
    void aPlainDecimalReadsToTheJdksDoubleBitForBit(@ForAll("decimals") String text) {
        double fast = XmlTimes.fastNumber(text);
        long digits = text.chars().filter(Character::isDigit).count();
        if (digits <= 15) {
            assertThat(Double.doubleToRawLongBits(fast))
                    .as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        } else {
            assertThat(fast).as(text).isNaN();
        }
        assertThat(Double.doubleToRawLongBits(XmlTimes.number(text)))
                .as(text)
                .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
    }

    @Property(tries = 2000)
    void anyDoublePrintedByJavaReadsBackTheSame(@ForAll double value) {
        String text = Double.toString(value);
        // boxed: Double.equals tells -0.0 from 0.0 and holds NaN equal to itself
        assertThat(Double.valueOf(XmlTimes.number(text))).as(text).isEqualTo(Double.valueOf(value));
    }

    @Property(tries = 3000)
    void anyTextReadsAsTheJdkReadsItOrIsNaNWhereTheJdkRefusesIt(@ForAll("numberish") String text) {
        double jdk;
        try {
            jdk = Double.parseDouble(text.strip());
        } catch (NumberFormatException refused) {
            jdk = Double.NaN;
        }
        assertThat(Double.doubleToRawLongBits(XmlTimes.number(text)))
                .as(text)
                .isEqualTo(Double.doubleToRawLongBits(jdk));
        assertThat(Double.doubleToRawLongBits(XmlTimes.number(new StringBuilder(text))))
                .as(text)
                .isEqualTo(Double.doubleToRawLongBits(jdk));
    }

    @Example
    void longCoordinatesAndOddShapesReadAsTheJdkReadsThem() {
        for (String text : new String[] {
            "49.44717471487820148468017578125",
            "67.551831342279911",
            "-0.000000000000000000001",
            "1234567890123456789012345",
            "4.9e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1e400",
            "0x1.8p1",
            "1.5d",
            "2F",
            "-Infinity",
            "NaN",
            "\t12.5\n",
            "\u00a012.5",
            "12.5\u2003",
            "1_000",
            "1e",
            "--1"
        }) {
            anyTextReadsAsTheJdkReadsItOrIsNaNWhereTheJdkRefusesIt(text);
        }
    }

    @Example
    void theEdgesOfTheShapeAgreeWithTheJdkAndTheRestIsLeftToIt() {
        for (String text : new String[] {"1.", ".5", "-0", "-0.0", "+3.25", "007.50", "123456789012345"}) {
            assertThat(Double.doubleToRawLongBits(XmlTimes.fastNumber(text)))
                    .as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
        for (String text :
                new String[] {"", ".", "-", "+", "1e5", "1.5d", "NaN", "Infinity", "0x1p3", "1.2.3", "1,5"}) {
            assertThat(XmlTimes.fastNumber(text)).as(text).isNaN();
        }
        assertThat(XmlTimes.number(" 47.5 ")).isEqualTo(47.5);
        assertThat(XmlTimes.number("abc")).isNaN();
        assertThat(XmlTimes.number("1e5")).isEqualTo(100_000.0);
    }

    /** Numbers of every shape the JDK reads, with up to 40 digits, and near misses around them. */
    @Provide
    Arbitrary<String> numberish() {
        Arbitrary<String> space = Arbitraries.of("", "", "", " ", "\t", "\n ", "\u00a0", "\u2003", "\u0001");
        Arbitrary<String> sign = Arbitraries.of("", "", "-", "+", "--");
        Arbitrary<String> digits =
                Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(40);
        Arbitrary<String> point = Arbitraries.of("", ".", ".", "..");
        Arbitrary<String> exponent = Arbitraries.integers()
                .between(-400, 400)
                .map(e -> e % 3 == 0 ? "" : (e % 2 == 0 ? "e" : "E") + e)
                .injectDuplicates(0.1);
        Arbitrary<String> suffix = Arbitraries.of("", "", "", "d", "F", "x", "_1");
        Arbitrary<String> shaped = Combinators.combine(space, sign, digits, point, digits, exponent, suffix, space)
                .as((s1, s, w, p, f, e, x, s2) -> s1 + s + w + p + f + e + x + s2);
        Arbitrary<String> named = Arbitraries.of(
                "NaN", "Infinity", "-Infinity", "+Infinity", "infinity", "0x1p3", "0x1.8p-2", "0X.8P1d", "0x1");
        Arbitrary<String> anything = Arbitraries.strings()
                .withChars("0123456789.eE+-xXpPdDfFnNaIy \t")
                .ofMaxLength(24);
        return Arbitraries.oneOf(shaped, shaped, named, anything);
    }

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> fraction =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(sign, whole, fraction).as((s, w, f) -> s + w + "." + f);
    }
}
