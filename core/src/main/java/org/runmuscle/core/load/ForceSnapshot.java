package org.runmuscle.core.load;

import static org.runmuscle.core.snapshot.Snapshot.readStrings;
import static org.runmuscle.core.snapshot.Snapshot.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.snapshot.Snapshot;

/**
 * {@code muscle-forces.json} as the build leaves it in the jar ({@value #RESOURCE}): the same
 * bursts, written field by field, so that a command's first model does not start Jackson's data
 * binding (with its date and number formats) in a cold JVM. Each burst is made again through its
 * constructor, so its checks still run.
 */
public final class ForceSnapshot {
    static final String RESOURCE = "muscle-forces.bin";
    private static final int VERSION = 1;

    private ForceSnapshot() {}

    /** Writes the snapshot of {@code muscle-forces.json} into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        try (DataOutputStream out = Snapshot.create(args[0], ForceSnapshot.class, RESOURCE)) {
            write(MuscleForceModel.fromJson(), out);
        }
    }

    static void write(List<MuscleForces> forces, DataOutputStream out) throws IOException {
        Snapshot.writeHeader(out, VERSION);
        out.writeInt(forces.size());
        for (MuscleForces muscle : forces) {
            out.writeUTF(muscle.muscle());
            out.writeInt(muscle.bursts().size());
            for (ForceBurst burst : muscle.bursts()) {
                out.writeByte(burst.period().ordinal());
                out.writeByte(burst.kind().ordinal());
                out.writeDouble(burst.peakBw());
                out.writeDouble(burst.center());
                out.writeDouble(burst.halfWidth());
                writeStrings(out, burst.sources());
                out.writeUTF(burst.estimate());
            }
        }
    }

    /** The bursts of a snapshot; {@link IllegalStateException} when it is not one this build wrote. */
    static List<MuscleForces> read(InputStream stream) {
        try (DataInputStream in = Snapshot.open(stream, VERSION)) {
            List<MuscleForces> forces = new ArrayList<>();
            Period[] periods = Period.values();
            ForceKind[] kinds = ForceKind.values();
            for (int n = in.readInt(); n > 0; n--) {
                String muscle = in.readUTF();
                List<ForceBurst> bursts = new ArrayList<>();
                for (int b = in.readInt(); b > 0; b--) {
                    Period period = periods[in.readByte()];
                    ForceKind kind = kinds[in.readByte()];
                    double peak = in.readDouble();
                    double center = in.readDouble();
                    double halfWidth = in.readDouble();
                    bursts.add(new ForceBurst(period, kind, peak, center, halfWidth, readStrings(in), in.readUTF()));
                }
                forces.add(new MuscleForces(muscle, bursts));
            }
            Snapshot.end(in);
            return forces;
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new IllegalStateException("model resource " + RESOURCE + " is invalid: " + Snapshot.why(e), e);
        }
    }
}
