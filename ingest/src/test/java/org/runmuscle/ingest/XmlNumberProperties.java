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

    @Provide
    Arbitrary<String> decimals() {
        Arbitrary<String> sign = Arbitraries.of("", "-", "+");
        Arbitrary<String> whole = Arbitraries.strings().numeric().ofMinLength(0).ofMaxLength(12);
        Arbitrary<String> fraction =
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
        return Combinators.combine(sign, whole, fraction).as((s, w, f) -> s + w + "." + f);
    }
}
