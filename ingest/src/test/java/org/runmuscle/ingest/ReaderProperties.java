package org.runmuscle.ingest;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * For any bytes, the readers return activities or throw their own {@link ActivityFormatException}:
 * never another exception, never a hang. Random bytes rarely get past the header, so most tries
 * corrupt real files: flipped bytes, truncations, spliced copies.
 */
class ReaderProperties {
    private static final List<String> SEEDS = List.of(
            "activities/fit/garmin-fenix-5-run.fit",
            "activities/fit/compressed-speed-distance.fit",
            "activities/fit/Multisession.fit",
            "activities/fit/developer-types-sample.fit",
            "activities/gpx/garmin-ns3-extension.gpx",
            "activities/tcx/Runtastic.tcx");
    private final ActivityReaders readers = ActivityReaders.withDefaultLimit();

    @Property(tries = 2000)
    void arbitraryBytes(@ForAll @Size(max = 512) byte[] bytes) {
        readOrRefuse(bytes);
    }

    @Property(tries = 3000)
    void corruptedRealFiles(@ForAll("corrupted") byte[] bytes) {
        readOrRefuse(bytes);
    }

    @Property(tries = 1000)
    void fitHeaderFollowedByGarbage(@ForAll @Size(max = 300) byte[] body, @ForAll boolean bigHeader) {
        byte[] bytes = new byte[(bigHeader ? 14 : 12) + body.length];
        bytes[0] = (byte) (bigHeader ? 14 : 12);
        bytes[4] = (byte) body.length;
        bytes[8] = '.';
        bytes[9] = 'F';
        bytes[10] = 'I';
        bytes[11] = 'T';
        System.arraycopy(body, 0, bytes, bigHeader ? 14 : 12, body.length);
        readOrRefuse(bytes);
    }

    private void readOrRefuse(byte[] bytes) {
        try {
            readers.read(bytes);
        } catch (ActivityFormatException expected) {
            // refusing is a fine answer; any other exception fails the property
        }
    }

    @Provide
    Arbitrary<byte[]> corrupted() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS).map(Data::bytes);
        return seed.flatMap(original -> Arbitraries.integers().between(0, 2).flatMap(kind -> switch (kind) {
            case 0 ->
                Arbitraries.integers()
                        .between(0, original.length - 1)
                        .list()
                        .ofMinSize(1)
                        .ofMaxSize(20)
                        .flatMap(positions -> Arbitraries.bytes()
                                .list()
                                .ofSize(positions.size())
                                .map(values -> {
                                    byte[] copy = original.clone();
                                    for (int i = 0; i < positions.size(); i++) {
                                        copy[positions.get(i)] = values.get(i);
                                    }
                                    return copy;
                                }));
            case 1 -> Arbitraries.integers().between(0, original.length).map(n -> Arrays.copyOf(original, n));
            default ->
                Arbitraries.integers().between(0, original.length).map(cut -> {
                    byte[] spliced = new byte[original.length + cut];
                    System.arraycopy(original, 0, spliced, 0, original.length);
                    System.arraycopy(original, 0, spliced, original.length, cut);
                    return spliced;
                });
        }));
    }
}
