package org.runmuscle.core.atlas;

import static org.runmuscle.core.snapshot.Snapshot.readStrings;
import static org.runmuscle.core.snapshot.Snapshot.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.runmuscle.core.gait.GaitPhase;
import org.runmuscle.core.snapshot.Snapshot;

/**
 * The shipped atlas as the build leaves it in the jar ({@value #RESOURCE}): read from the JSON and
 * checked once at build time, then written field by field. A command that shows one muscle spent
 * about a third of its run reading the JSON through Jackson's data binding in a cold JVM; this form
 * is read with plain stream calls. It holds exactly what {@link Atlas#fromJson} gives, and each
 * record is made again through its constructor, so every check still runs.
 */
public final class AtlasSnapshot {
    static final String RESOURCE = "atlas.bin";
    private static final int VERSION = 1;

    private AtlasSnapshot() {}

    /** Writes the snapshot of the JSON atlas into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        try (DataOutputStream out = Snapshot.create(args[0], Atlas.class, RESOURCE)) {
            write(Atlas.fromJson(), out);
        }
    }

    static void write(Atlas atlas, DataOutputStream out) throws IOException {
        Snapshot.writeHeader(out, VERSION);
        out.writeInt(atlas.groups().size());
        for (MuscleGroup group : atlas.groups()) {
            writeUtf(out, group.id(), group.name(), group.summary(), group.colour());
            writeStrings(out, group.aliases());
            writeStrings(out, group.sources());
        }
        out.writeInt(atlas.muscles().size());
        for (Muscle muscle : atlas.muscles()) {
            writeUtf(out, muscle.id(), muscle.name(), muscle.group(), muscle.location());
            out.writeByte(muscle.role().ordinal());
            out.writeByte(muscle.region().ordinal());
            writeStrings(out, muscle.aliases());
            out.writeInt(muscle.actions().size());
            for (JointAction action : muscle.actions()) {
                out.writeByte(action.ordinal());
            }
            out.writeInt(muscle.phases().size());
            for (PhaseWork work : muscle.phases()) {
                out.writeByte(work.phase().ordinal());
                out.writeByte(work.contraction().ordinal());
                out.writeUTF(work.function());
                writeStrings(out, work.sources());
            }
            writeClaims(out, muscle.weaknessSigns());
            writeClaims(out, muscle.injuries());
            writeStrings(out, muscle.sources());
        }
        out.writeInt(atlas.sources().size());
        for (Source source : atlas.sources()) {
            writeUtf(out, source.id(), source.citation(), source.evidenceKey(), source.locator());
            out.writeByte(source.kind().ordinal());
        }
    }

    /** The atlas from a snapshot; {@link AtlasDataException} when it is not one this build wrote. */
    static Atlas read(InputStream stream) {
        try (DataInputStream in = Snapshot.open(stream, VERSION)) {
            List<MuscleGroup> groups = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                String id = in.readUTF();
                String name = in.readUTF();
                String summary = in.readUTF();
                String colour = in.readUTF();
                groups.add(new MuscleGroup(id, name, readStrings(in), summary, readStrings(in), colour));
            }
            List<Muscle> muscles = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                muscles.add(readMuscle(in));
            }
            List<Source> sources = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                String id = in.readUTF();
                String citation = in.readUTF();
                String evidenceKey = in.readUTF();
                String locator = in.readUTF();
                sources.add(new Source(id, Source.Kind.values()[in.readByte()], citation, evidenceKey, locator));
            }
            Snapshot.end(in);
            return Atlas.of(groups, muscles, sources);
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new AtlasDataException("atlas resource " + RESOURCE + " is invalid: " + Snapshot.why(e), e);
        }
    }

    private static Muscle readMuscle(DataInputStream in) throws IOException {
        String id = in.readUTF();
        String name = in.readUTF();
        String group = in.readUTF();
        String location = in.readUTF();
        Role role = Role.values()[in.readByte()];
        Region region = Region.values()[in.readByte()];
        List<String> aliases = readStrings(in);
        List<JointAction> actions = new ArrayList<>();
        JointAction[] allActions = JointAction.values();
        for (int n = in.readInt(); n > 0; n--) {
            actions.add(allActions[in.readByte()]);
        }
        List<PhaseWork> phases = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            GaitPhase phase = GaitPhase.values()[in.readByte()];
            Contraction contraction = Contraction.values()[in.readByte()];
            phases.add(new PhaseWork(phase, contraction, in.readUTF(), readStrings(in)));
        }
        List<Claim> signs = readClaims(in);
        List<Claim> injuries = readClaims(in);
        return new Muscle(
                id, name, aliases, group, role, region, location, actions, phases, signs, injuries, readStrings(in));
    }

    private static void writeUtf(DataOutputStream out, String... values) throws IOException {
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    /** Claims as the atlas's snapshot writes them; the catalog's writes its exercises' evidence so. */
    public static void writeClaims(DataOutputStream out, List<Claim> claims) throws IOException {
        out.writeInt(claims.size());
        for (Claim claim : claims) {
            out.writeUTF(claim.text());
            writeStrings(out, claim.sources());
        }
    }

    public static List<Claim> readClaims(DataInputStream in) throws IOException {
        List<Claim> claims = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            claims.add(new Claim(in.readUTF(), readStrings(in)));
        }
        return claims;
    }
}
