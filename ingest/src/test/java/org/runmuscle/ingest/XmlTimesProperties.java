package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast time reader agrees with java.time on every shape GPX and TCX write, and refuses the rest. */
class XmlTimesProperties {
    @Property(tries = 3000)
    void theFastPathAgreesWithJavaTime(@ForAll("times") String time) {
        double fast = XmlTimes.fastSeconds(time);
        double reference = XmlTimes.javaTimeSeconds(time);
        if (Double.isNaN(fast)) {
            // refusing is allowed (java.time then decides), but only for shapes outside the common ones
            assertThat(time)
                    .doesNotMatch("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)?");
        } else {
            assertThat(fast).as(time).isEqualTo(reference);
        }
    }

    @Property(tries = 2000)
    void garbageIsNeverATime(@ForAll("garbage") String text) {
        double fast = XmlTimes.fastSeconds(text);
        assertThat(Double.isNaN(fast) || !Double.isNaN(XmlTimes.javaTimeSeconds(text)))
                .as(text)
                .isTrue();
    }

    @Provide
    Arbitrary<String> times() {
        Arbitrary<LocalDateTime> moments = Arbitraries.longs()
                .between(0, 4_102_444_800L)
                .map(s -> LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC));
        Arbitrary<String> fractions = Arbitraries.of("", ".0", ".5", ".123", ".999", ".250000", ".1234567");
        Arbitrary<String> zones = Arbitraries.of("", "Z", "+00:00", "+02:00", "-05:30", "+14:00", "-12:00");
        return Combinators.combine(moments, fractions, zones)
                .as((moment, fraction, zone) ->
                        moment.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")) + fraction + zone);
    }

    @Provide
    Arbitrary<String> garbage() {
        Arbitrary<String> mutated = times().flatMap(t -> Arbitraries.integers()
                .between(0, t.length() - 1)
                .flatMap(i -> Arbitraries.chars()
                        .with("0123456789-:TZ+. x")
                        .map(c -> t.substring(0, i) + c + t.substring(i + 1))));
        return Arbitraries.oneOf(mutated, Arbitraries.strings().ofMaxLength(30));
    }
}
