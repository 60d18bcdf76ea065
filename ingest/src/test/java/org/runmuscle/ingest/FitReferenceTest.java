package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.runmuscle.core.activity.Channel;
import org.runmuscle.core.activity.Samples;

/** Our decoder's records equal python-fitparse's, an independent decoder, value for value. */
class FitReferenceTest {
    private static final DateTimeFormatter JAVA_DATE =
            DateTimeFormatter.ofPattern("EEE MMM dd HH:mm:ss zzz yyyy", Locale.US);
    private static final double SEMICIRCLES = 2147483648.0 / 180.0;

    @ParameterizedTest
    @ValueSource(strings = {"garmin-fenix-5-run", "garmin-fenix-5-walk"})
    void garminRecordsMatchFitparse(String name) throws Exception {
        Samples records = FitDecoder.decode(Data.bytes("activities/fit/" + name + ".fit"))
                .records
                .build();
        List<String[]> rows = csv("reference/" + name + "-records.csv");
        assertThat(records.size()).isEqualTo(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String at = name + " record " + i;
            long expectedTime = ZonedDateTime.parse(row[0], JAVA_DATE).toEpochSecond();
            assertThat(records.time(i)).as(at + " time").isEqualTo(expectedTime);
            assertValue(records, Channel.HEART_RATE, i, row[1], at);
            assertThat(Math.floor(records.get(Channel.CADENCE, i)))
                    .as(at + " cadence")
                    .isEqualTo(Double.parseDouble(row[2]));
            assertValue(records, Channel.SPEED, i, row[3], at);
            assertValue(records, Channel.DISTANCE, i, row[4], at);
            assertThat(Math.round(records.get(Channel.LATITUDE, i) * SEMICIRCLES))
                    .as(at + " lat")
                    .isEqualTo(Long.parseLong(row[5]));
            assertThat(Math.round(records.get(Channel.LONGITUDE, i) * SEMICIRCLES))
                    .as(at + " long")
                    .isEqualTo(Long.parseLong(row[6]));
            assertValue(records, Channel.ALTITUDE, i, row[7], at);
        }
    }

    /** The reference export leaves out record messages that carry nothing but a timestamp; so do we here. */
    @Test
    void compressedTimestampsAndSpeedDistanceMatchFitparse() throws Exception {
        FitContents fit = FitDecoder.decode(Data.bytes("activities/fit/compressed-speed-distance.fit"));
        Samples all = fit.records.build();
        assertThat(all.size()).as("one record holds only a timestamp").isEqualTo(755);
        assertThat(all.get(Channel.HEART_RATE, 0)).isNaN();
        assertThat(all.get(Channel.DISTANCE, 0)).isNaN();
        Samples records = all.slice(1, all.size());
        List<String[]> rows = csv("reference/compressed-speed-distance-records.csv");
        assertThat(records.size()).isEqualTo(rows.size());
        assertThat(fit.relativeTimes).isTrue();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            String at = "record " + i;
            assertThat(records.time(i) - FitProfile.FIT_EPOCH_UNIX_SECONDS)
                    .as(at + " time")
                    .isEqualTo(Double.parseDouble(row[0]));
            assertValue(records, Channel.HEART_RATE, i, row[1], at);
            assertValue(records, Channel.SPEED, i, row[2], at);
            assertValue(records, Channel.DISTANCE, i, row[3], at);
            assertValue(records, Channel.CADENCE, i, row[4], at);
        }
    }

    private static void assertValue(Samples records, Channel channel, int row, String expected, String at) {
        double actual = records.get(channel, row);
        if (expected.isBlank()
                || expected.strip().equals("null")
                || expected.strip().equals("None")) {
            assertThat(actual).as(at + " " + channel).isNaN();
        } else {
            assertThat(actual).as(at + " " + channel).isCloseTo(Double.parseDouble(expected), within(1e-6));
        }
    }

    private static List<String[]> csv(String relative) throws IOException {
        List<String> lines = Files.readAllLines(Data.file(relative));
        return lines.subList(1, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> l.split(",", -1))
                .toList();
    }
}
