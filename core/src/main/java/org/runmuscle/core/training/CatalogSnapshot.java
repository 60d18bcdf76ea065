package org.runmuscle.core.training;

import static org.runmuscle.core.snapshot.Snapshot.readStrings;
import static org.runmuscle.core.snapshot.Snapshot.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.atlas.AtlasSnapshot;
import org.runmuscle.core.atlas.Claim;
import org.runmuscle.core.atlas.Contraction;
import org.runmuscle.core.snapshot.Snapshot;

/**
 * The exercise catalog as the build leaves it in the jar ({@value #RESOURCE}), as
 * {@code AtlasSnapshot} leaves the atlas: read from {@code exercises.json} and checked against the
 * atlas once at build time, then written field by field. Jackson's cold data binding took 98-107
 * ms of the catalog's first load in a fresh JVM (its annotation introspection, one proxy class per
 * annotation type), on the path of {@code serve}'s first answer and of every catalog command. Each
 * record is made again through its constructor, and {@link ExerciseCatalog} checks the whole
 * against the atlas as it does the JSON's.
 */
public final class CatalogSnapshot {
    static final String RESOURCE = "exercises.bin";
    private static final int VERSION = 1;

    private CatalogSnapshot() {}

    /** Writes the snapshot of {@code exercises.json} into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        List<Exercise> exercises = ExerciseCatalog.fromJson();
        ExerciseCatalog.of(Atlas.load(), exercises); // the catalog's checks, before it is written
        try (DataOutputStream out = Snapshot.create(args[0], ExerciseCatalog.class, RESOURCE)) {
            write(exercises, out);
        }
    }

    static void write(List<Exercise> exercises, DataOutputStream out) throws IOException {
        Snapshot.writeHeader(out, VERSION);
        out.writeInt(exercises.size());
        for (Exercise exercise : exercises) {
            out.writeUTF(exercise.id());
            out.writeUTF(exercise.name());
            out.writeByte(exercise.category().ordinal());
            out.writeInt(exercise.equipment().size());
            for (Equipment equipment : exercise.equipment()) {
                out.writeByte(equipment.ordinal());
            }
            out.writeByte(exercise.difficulty().ordinal());
            out.writeBoolean(exercise.unilateral());
            out.writeByte(exercise.emphasis().ordinal());
            out.writeBoolean(exercise.lowerBodyHeavy());
            out.writeInt(exercise.targets().size());
            for (Target target : exercise.targets()) {
                out.writeUTF(target.muscle());
                out.writeBoolean(target.primary());
                out.writeBoolean(target.activationPercent().isPresent());
                out.writeDouble(target.activationPercent().orElse(0));
                writeStrings(out, target.sources());
            }
            writeStrings(out, exercise.howTo());
            writeStrings(out, exercise.cues());
            writeStrings(out, exercise.mistakes());
            out.writeUTF(exercise.easier());
            out.writeUTF(exercise.harder());
            Dose dose = exercise.dose();
            out.writeInt(dose.sets());
            out.writeInt(dose.reps());
            out.writeInt(dose.seconds());
            out.writeUTF(dose.tempo());
            out.writeInt(dose.restSeconds());
            writeStrings(out, exercise.sources());
            AtlasSnapshot.writeClaims(out, exercise.evidence());
        }
    }

    /** The exercises of a snapshot; {@link UncheckedIOException} when it is not one this build wrote. */
    static List<Exercise> read(InputStream stream) {
        try (DataInputStream in = Snapshot.open(stream, VERSION)) {
            List<Exercise> exercises = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                exercises.add(readExercise(in));
            }
            Snapshot.end(in);
            return exercises;
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new UncheckedIOException(
                    new IOException("catalog resource " + RESOURCE + " is invalid: " + Snapshot.why(e), e));
        }
    }

    private static Exercise readExercise(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        Category category = Category.values()[in.readByte()];
        List<Equipment> equipment = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            equipment.add(Equipment.values()[in.readByte()]);
        }
        Level difficulty = Level.values()[in.readByte()];
        boolean unilateral = in.readBoolean();
        Contraction emphasis = Contraction.values()[in.readByte()];
        boolean lowerBodyHeavy = in.readBoolean();
        List<Target> targets = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            String muscle = in.readUTF();
            boolean primary = in.readBoolean();
            boolean measured = in.readBoolean();
            double percent = in.readDouble();
            OptionalDouble activation = measured ? OptionalDouble.of(percent) : OptionalDouble.empty();
            targets.add(new Target(muscle, primary, activation, readStrings(in)));
        }
        List<String> howTo = readStrings(in);
        List<String> cues = readStrings(in);
        List<String> mistakes = readStrings(in);
        String easier = in.readUTF();
        String harder = in.readUTF();
        Dose dose = new Dose(in.readInt(), in.readInt(), in.readInt(), in.readUTF(), in.readInt());
        List<String> sources = readStrings(in);
        List<Claim> evidence = AtlasSnapshot.readClaims(in);
        return new Exercise(
                id,
                name,
                category,
                equipment,
                difficulty,
                unilateral,
                emphasis,
                lowerBodyHeavy,
                targets,
                howTo,
                cues,
                mistakes,
                easier,
                harder,
                dose,
                sources,
                evidence);
    }
}
