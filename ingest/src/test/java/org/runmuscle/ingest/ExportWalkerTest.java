package org.runmuscle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.activity.Sport;

/** Zips, exports and the bad archives a stranger can make, walked without writing a thing. */
class ExportWalkerTest {
    @TempDir
    Path folder;

    /** What the walk reported, in order. */
    static final class Found implements ExportWalker.Visitor {
        final List<ExportWalker.Candidate> candidates = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> refused = new ArrayList<>();

        @Override
        public void candidate(ExportWalker.Candidate candidate) {
            candidates.add(candidate);
        }

        @Override
        public void skipped(String name, String reason) {
            skipped.add(name + ": " + reason);
        }

        @Override
        public void refused(String name, String reason) {
            refused.add(name + ": " + reason);
        }
    }

    private Found walk(Path path, ExportLimits limits) {
        Found found = new Found();
        new ExportWalker(limits).walk(List.of(path), found);
        return found;
    }

    private Found walk(Path path) {
        return walk(path, ExportLimits.DEFAULT);
    }

    /** Entries as name, bytes pairs. */
    private Path zip(String name, Object... entries) throws IOException {
        Path zip = folder.resolve(name);
        Files.write(zip, zipBytes(entries));
        return zip;
    }

    static byte[] zipBytes(Object... entries) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                out.putNextEntry(new ZipEntry((String) entries[i]));
                out.write((byte[]) entries[i + 1]);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        var out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        }
        return out.toByteArray();
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aStravaArchiveGivesEachActivityItsNameTypeAndGearWhateverTheHeaderLanguage() throws Exception {
        // German headers, columns in another order, "Verstrichene Zeit" and "Distanz" repeated, a
        // description with a comma, quotes and a line break.
        String csv = "Aktivitäts-ID,Name der Aktivität,Datum der Aktivität,Aktivitätsart,Beschreibung der Aktivität,"
                + "Verstrichene Zeit,Distanz,Dateiname,Aktivitätsausrüstung,Verstrichene Zeit,Distanz\n"
                + "1,\"Sonntag, lang\",x,Lauf,\"ein \"\"guter\"\"\nTag\",1,2,activities/1.fit.gz,Pegasus 40,1,2\n"
                + "2,Pendeln,x,Radfahrt,,1,2,activities/2.gpx,,1,2\n";
        Path zip = zip(
                "export_123.zip",
                "activities.csv",
                text(csv),
                "activities/1.fit.gz",
                gzip(Data.bytes("activities/fit/Standard.fit")),
                "activities/2.gpx",
                Data.bytes("activities/gpx/standard.gpx"),
                "media/photo.jpg",
                new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
        Found found = walk(zip);
        assertThat(found.refused).isEmpty();
        assertThat(found.candidates).hasSize(2);
        ExportWalker.Candidate run = found.candidates.get(0);
        assertThat(run.name()).endsWith("export_123.zip!activities/1.fit.gz");
        assertThat(run.metadata())
                .contains(new ExportMetadata("Sonntag, lang", Optional.of(Sport.RUNNING), "Pegasus 40"));
        assertThat(found.candidates.get(1).metadata().orElseThrow().sport()).contains(Sport.CYCLING);
        assertThat(found.skipped).hasSize(2).anyMatch(s -> s.contains("photo.jpg: not a FIT, GPX or TCX file"));
    }

    @Test
    void aCsvWithoutAFileHeaderIsMatchedByContentAndOneWithNoFileColumnSaysSo() throws Exception {
        String reordered = "Type,Title,Path\nRun,Easy,activities/9.gpx\n";
        Path zip = zip(
                "a.zip",
                "activities.csv",
                text(reordered),
                "activities/9.gpx",
                Data.bytes("activities/gpx/standard.gpx"));
        assertThat(walk(zip).candidates.get(0).metadata()).isPresent();

        Path noFiles = zip(
                "b.zip",
                "activities.csv",
                text("Activity ID,Activity Name\n1,Easy\n"),
                "activities/9.gpx",
                Data.bytes("activities/gpx/standard.gpx"));
        Found found = walk(noFiles);
        assertThat(found.candidates).hasSize(1).allMatch(c -> c.metadata().isEmpty());
        assertThat(found.skipped).anyMatch(s -> s.contains("activities.csv has no Filename column"));
    }

    @Test
    void garminsAccountExportIsZipsInAZip() throws Exception {
        byte[] part = zipBytes(
                "123_ACTIVITY.fit", Data.bytes("activities/fit/Standard.fit"),
                "notes.json", text("{}"));
        Path export = zip("garmin.zip", "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", part);
        Found found = walk(export);
        assertThat(found.candidates).hasSize(1);
        assertThat(found.candidates.get(0).name()).endsWith("UploadedFiles_0-_Part1.zip!123_ACTIVITY.fit");
        assertThat(found.skipped).hasSize(1);
    }

    @Test
    void aZipBombIsRefusedAfterTheLimitNotAfterTheBomb() throws Exception {
        // 64 MiB + 1 of zeros inflates from 64 KiB; the walk stops reading at the limit.
        byte[] zeros = new byte[(int) ExportLimits.DEFAULT.maxFileBytes() + 1];
        zeros[0] = 0x0E; // a FIT header's first byte is its size: recognised, then read to the limit
        Path bomb =
                zip("bomb.zip", "big.fit", fitHeaderThen(zeros), "good.gpx", Data.bytes("activities/gpx/standard.gpx"));
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        Found found = walk(bomb);
        assertThat(found.refused).singleElement().asString().contains("big.fit: inflates to more than 64.0 MiB");
        assertThat(found.candidates).hasSize(1);
    }

    private static byte[] fitHeaderThen(byte[] rest) {
        byte[] header = Arrays.copyOf(Data.bytes("activities/fit/Standard.fit"), 14);
        byte[] all = Arrays.copyOf(header, header.length + rest.length);
        System.arraycopy(rest, 0, all, header.length, rest.length);
        return all;
    }

    @Test
    void allInflatedBytesCountAgainstTheArchivesBudget() throws Exception {
        byte[] gpx = Data.bytes("activities/gpx/standard.gpx");
        Path zip = zip("many.zip", "a.gpx", gpx, "b.gpx", gpx, "c.gpx", gpx);
        Found found = walk(zip, new ExportLimits(1 << 20, (long) gpx.length * 2 + 100, 100, 3));
        assertThat(found.candidates).hasSize(2);
        assertThat(found.refused).singleElement().asString().contains("inflates to more than");
    }

    @Test
    void tooManyEntriesAreOneLine() throws Exception {
        Path zip = folder.resolve("entries.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 0; i < 100_000; i++) {
                out.putNextEntry(new ZipEntry("e" + i));
                out.closeEntry();
            }
        }
        Found found = walk(zip);
        assertThat(found.refused)
                .singleElement()
                .asString()
                .contains("the zip holds 100000 entries, over the limit of 50000");
        assertThat(found.candidates).isEmpty();
    }

    @Test
    void zipsNestedTenDeepStopAtTheDepthLimit() throws Exception {
        byte[] inner = zipBytes("run.gpx", Data.bytes("activities/gpx/standard.gpx"));
        for (int depth = 0; depth < 10; depth++) {
            inner = zipBytes("level" + depth + ".zip", inner);
        }
        Found found = walk(zip("deep.zip", "top.zip", inner));
        assertThat(found.candidates).isEmpty();
        assertThat(found.refused).singleElement().asString().contains("a zip nested more than 3 deep");
    }

    @Test
    void entryNamesAreLabelsNeverPaths() throws Exception {
        Path zip = zip(
                "evil.zip",
                "../../etc/passwd",
                Data.bytes("activities/gpx/standard.gpx"),
                "/tmp/absolute.gpx",
                Data.bytes("activities/gpx/standard.gpx"),
                "bell\u0007.gpx",
                Data.bytes("activities/gpx/standard.gpx"));
        List<Path> before;
        try (Stream<Path> files = Files.walk(folder.getParent(), 1)) {
            before = files.toList();
        }
        Found found = walk(zip);
        assertThat(found.candidates)
                .extracting(ExportWalker.Candidate::name)
                .containsExactly(zip + "!../../etc/passwd", zip + "!/tmp/absolute.gpx", zip + "!bell?.gpx");
        try (Stream<Path> files = Files.walk(folder.getParent(), 1)) {
            assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(before);
        }
    }

    @Test
    void aTruncatedAnEncryptedAndAnEmptyZipEachGetOneLine() throws Exception {
        byte[] good = zipBytes("run.gpx", Data.bytes("activities/gpx/standard.gpx"));
        Path truncated = folder.resolve("truncated.zip");
        Files.write(truncated, Arrays.copyOf(good, good.length / 2));
        assertThat(walk(truncated).refused).singleElement().asString().contains("not a complete zip archive");

        // The general-purpose flag's bit 0 marks an entry as encrypted, in the local and central headers.
        byte[] encrypted = good.clone();
        encrypted[6] |= 1;
        int central = indexOf(encrypted, new byte[] {'P', 'K', 1, 2});
        encrypted[central + 8] |= 1;
        Path locked = folder.resolve("locked.zip");
        Files.write(locked, encrypted);
        Found found = walk(locked);
        assertThat(found.refused).singleElement().asString().contains("the zip is encrypted");
        assertThat(found.candidates).isEmpty();
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        for (int i = 0; i <= bytes.length - pattern.length; i++) {
            if (Arrays.equals(bytes, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        throw new AssertionError("pattern not found");
    }

    @Test
    void aNamedFileIsAlwaysACandidateAndAFolderSkipsWhatIsNotAnActivity() throws Exception {
        Path wrong = Files.writeString(folder.resolve("run.fit"), "not a fit file");
        Found named = walk(wrong);
        assertThat(named.candidates).singleElement().matches(ExportWalker.Candidate::named);
        Files.writeString(folder.resolve("notes.txt"), "not an activity either");
        Found inFolder = walk(folder);
        assertThat(inFolder.candidates).isEmpty();
        // named like an activity, so broken, not skipped; the text file is only not an activity
        assertThat(inFolder.refused).singleElement().asString().contains("run.fit: not a FIT, GPX or TCX file");
        assertThat(inFolder.skipped).singleElement().asString().contains("notes.txt: not a FIT, GPX or TCX file");
        assertThat(walk(folder.resolve("missing.gpx")).refused)
                .singleElement()
                .asString()
                .contains("no such file");
    }

    @Test
    // a reader that reads a pipe twice, or a device to its end, never returns: fail instead of hanging
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeIsReadOnceWholeAndADeviceThatNeverEndsStopsAtTheLimit() throws Exception {
        byte[] fit = Data.bytes("activities/fit/Standard.fit");
        Found piped = walk(Pipes.feeding(folder, fit));
        // the first bytes, read to tell a zip from an activity, are not lost to the pipe
        assertThat(piped.candidates).singleElement().satisfies(c -> {
            assertThat(c.bytes()).isEqualTo(fit);
            assertThat(c.named()).isTrue();
        });
        byte[] gpx = Data.bytes("activities/gpx/standard.gpx");
        Found zipped = walk(Pipes.feeding(folder, zipBytes("run.gpx", gpx)));
        assertThat(zipped.candidates)
                .singleElement()
                .satisfies(c -> assertThat(c.bytes()).isEqualTo(gpx));
        ExportLimits small = ExportLimits.DEFAULT.withMaxFileBytes(1 << 20);
        assertThat(walk(Path.of("/dev/zero"), small).refused)
                .singleElement()
                .asString()
                .startsWith("/dev/zero: not a FIT, GPX or TCX file (it starts with bytes 00 00");
        Path tooLong = Pipes.feeding(folder, Arrays.copyOf(fit, (1 << 20) + 1));
        assertThat(walk(tooLong, small).refused)
                .singleElement()
                .asString()
                .endsWith(": goes on past the 1.0 MiB limit for one activity file");
    }

    @Test
    void aStravaFolderOnDiskReadsItsIndexToo() throws Exception {
        Path export = Files.createDirectories(folder.resolve("export/activities"));
        Files.write(export.resolve("5.gpx"), Data.bytes("activities/gpx/standard.gpx"));
        Files.writeString(
                export.getParent().resolve("activities.csv"),
                "Activity Name,Activity Type,Filename\n" + "Hill reps,Run,activities/5.gpx\n");
        Found found = walk(export.getParent());
        assertThat(found.candidates)
                .singleElement()
                .satisfies(c -> assertThat(c.metadata().orElseThrow().name()).isEqualTo("Hill reps"));
    }

    @Test
    void stravaTypesInSevenLanguagesAreNeverTakenForRunsUnlessTheyAre() {
        assertThat(StravaIndex.sport("Trail Run")).isEqualTo(Sport.RUNNING);
        assertThat(StravaIndex.sport("Course à pied")).isEqualTo(Sport.RUNNING);
        assertThat(StravaIndex.sport("Carrera")).isEqualTo(Sport.RUNNING);
        assertThat(StravaIndex.sport("Virtual Ride")).isEqualTo(Sport.CYCLING);
        assertThat(StravaIndex.sport("Natation")).isEqualTo(Sport.SWIMMING);
        assertThat(StravaIndex.sport("Wanderung")).isEqualTo(Sport.HIKING);
        assertThat(StravaIndex.sport("Dauerlauf")).isEqualTo(Sport.RUNNING);
        assertThat(StravaIndex.sport("E-Bike Ride")).isEqualTo(Sport.CYCLING);
        assertThat(StravaIndex.sport("Badminton")).isEqualTo(Sport.OTHER);
        assertThat(StravaIndex.sport("Weight Training")).isEqualTo(Sport.OTHER);
        assertThat(StravaIndex.sport("Yoga")).isEqualTo(Sport.OTHER);
    }
}
