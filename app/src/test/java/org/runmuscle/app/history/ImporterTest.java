package org.runmuscle.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.runmuscle.app.SharedData.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.ingest.ActivityReaders;
import org.runmuscle.ingest.ExportLimits;
import org.runmuscle.store.Database;
import org.runmuscle.store.HistoryStore;
import org.runmuscle.store.StoredActivity;
import org.runmuscle.store.TestDatabases;

/** Importing real recordings into a real SQLite history. */
class ImporterTest {
    private static final LoadModel MODEL = LoadModel.load(Atlas.load());
    private HistoryStore store;

    @BeforeEach
    void open() {
        store = HistoryStore.single(Database.open(TestDatabases.fresh(TestDatabases.Kind.SQLITE)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Importer importer(OptionalDouble athleteMass) {
        return new Importer(store, ActivityReaders.withDefaultLimit(), athleteMass, MODEL);
    }

    @Test
    void aRunIsStoredWithItsMuscleLoadsAndTheSameBytesAgainAddNothing() {
        Path file = Path.of(data("activities/tcx/Standard.tcx"));
        Importer.Outcome first = importer(OptionalDouble.empty()).importFile(file);
        assertThat(first.status()).isEqualTo(Importer.Status.IMPORTED);
        assertThat(first.stored()).isEqualTo(1);
        assertThat(first.runs()).isEqualTo(1);
        long id = store.runningIds().get(0);
        assertThat(store.muscleLoads(id)).hasSize(44).allMatch(l -> l.loadBwSeconds() >= 0);

        Importer.Outcome again = importer(OptionalDouble.empty()).importFile(file);
        assertThat(again.status()).isEqualTo(Importer.Status.ALREADY_IMPORTED);
        assertThat(again.stored()).isZero();
        assertThat(store.activityCount()).isEqualTo(1);
    }

    @Test
    void theSameRunInAnotherFileIsADuplicateNotASecondRun(@TempDir Path folder) throws Exception {
        Path original = Path.of(data("activities/gpx/standard.gpx"));
        // other bytes (another creator), the same run
        String other = Files.readString(original, StandardCharsets.UTF_8)
                .replaceFirst("creator=\"[^\"]*\"", "creator=\"another app\"");
        Path copy = Files.writeString(folder.resolve("copy.gpx"), other, StandardCharsets.UTF_8);
        Importer importer = importer(OptionalDouble.empty());
        assertThat(importer.importFile(original).stored()).isEqualTo(1);
        Importer.Outcome second = importer.importFile(copy);
        assertThat(second.status()).isEqualTo(Importer.Status.DUPLICATE);
        assertThat(second.stored()).isZero();
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(store.activityCount()).isEqualTo(1);
    }

    @Test
    void aBrokenFileIsReportedAndLeavesTheHistoryAsItWas() {
        importer(OptionalDouble.empty()).importFile(Path.of(data("activities/tcx/Standard.tcx")));
        Importer.Outcome broken =
                importer(OptionalDouble.empty()).importFile(Path.of(data("bad/activity-filecrc.fit")));
        assertThat(broken.failed()).isTrue();
        assertThat(broken.reason()).isNotBlank().doesNotContain("Exception");
        assertThat(store.activityCount()).isEqualTo(1);
        Importer.Outcome missing = importer(OptionalDouble.empty()).importFile(Path.of(data("no-such-file.fit")));
        assertThat(missing.reason()).startsWith("cannot read the file");
    }

    @Test
    void theProfilesMassIsTheMassOfEveryRunImported() {
        Path file = Path.of(data("activities/tcx/Standard.tcx"));
        importer(OptionalDouble.of(61.5)).importFile(file);
        StoredActivity stored = store.activities(Optional.empty()).get(0);
        assertThat(stored.massKg()).isEqualTo(61.5);
    }

    @Test
    void withoutAProfileTheRunTakesTheDefaultMass() {
        importer(OptionalDouble.empty()).importFile(Path.of(data("activities/tcx/Standard.tcx")));
        assertThat(store.activities(Optional.empty()).get(0).massKg()).isEqualTo(70);
    }

    @Test
    void theContentHashIsTheFilesIdentity() {
        byte[] bytes = "the same bytes".getBytes(StandardCharsets.UTF_8);
        assertThat(Importer.sha256(bytes))
                .isEqualTo(Importer.sha256(bytes.clone()))
                .hasSize(64);
        assertThat(Importer.sha256(bytes))
                .isNotEqualTo(Importer.sha256("other bytes".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aGarminExportsMonitoringSleepAndWorkoutFilesAreSkippedNotRefused(@TempDir Path folder) throws Exception {
        Path part = folder.resolve("UploadedFiles_0-_Part1.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(part))) {
            for (String name : List.of(
                    "bad/MonitoringFile.fit",
                    "bad/Settings.fit",
                    "bad/WorkoutIndividualSteps.fit",
                    "activities/fit/Standard.fit")) {
                out.putNextEntry(new ZipEntry(Path.of(name).getFileName().toString()));
                out.write(Files.readAllBytes(Path.of(data(name))));
            }
        }
        Path export = folder.resolve("garmin-export.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(export))) {
            out.putNextEntry(new ZipEntry("DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"));
            out.write(Files.readAllBytes(part));
        }
        List<Importer.Outcome> outcomes = new ArrayList<>();
        importer(OptionalDouble.empty()).importAll(List.of(export), ExportLimits.DEFAULT, outcomes::add);
        assertThat(outcomes)
                .extracting(o -> o.status() + " " + o.file().substring(o.file().lastIndexOf('!') + 1))
                .containsExactly(
                        "SKIPPED MonitoringFile.fit",
                        "SKIPPED Settings.fit",
                        "SKIPPED WorkoutIndividualSteps.fit",
                        "IMPORTED Standard.fit");
        assertThat(outcomes.get(0).reason())
                .isEqualTo("this is a FIT monitoring file, not an activity: it holds no run to read");
    }
}
