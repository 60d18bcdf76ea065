package org.runmuscle.core.snapshot;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What every snapshot shares: a header (a magic number and the format's version), lists of
 * strings, and where the build writes it (beside its owner class, in the class folder).
 *
 * <p>A snapshot belongs to one build: the same classes write and read it, so enum constants go by
 * ordinal. The version guards against a stray file from another build.
 */
public final class Snapshot {
    private static final int MAGIC = 0x524d534e; // "RMSN"

    private Snapshot() {}

    /** A new snapshot file beside {@code owner} under the class folder {@code classes}. */
    public static DataOutputStream create(String classes, Class<?> owner, String name) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(beside(classes, owner, name))));
    }

    /**
     * The file {@code name} beside {@code owner} under the class folder {@code classes}, its
     * folder made: where {@code owner.getResourceAsStream(name)} finds it once packed, for any
     * file a build step writes there.
     */
    public static Path beside(String classes, Class<?> owner, String name) throws IOException {
        Path file = Path.of(classes, owner.getPackageName().replace('.', '/'), name);
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Why a snapshot could not be read, in a few words. */
    public static String why(Exception e) {
        return e instanceof EOFException ? "it ends early" : String.valueOf(e.getMessage());
    }

    public static void writeHeader(DataOutput out, int version) throws IOException {
        out.writeInt(MAGIC);
        out.writeInt(version);
    }

    /** The stream past its header; {@link IOException} when it is not a snapshot of this version. */
    public static DataInputStream open(InputStream stream, int version) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != version) {
            throw new IOException("not this build's snapshot");
        }
        return in;
    }

    /** Checks that nothing follows what was read. */
    public static void end(DataInputStream in) throws IOException {
        if (in.read() != -1) {
            throw new IOException("bytes after its end");
        }
    }

    public static void writeStrings(DataOutput out, List<String> values) throws IOException {
        out.writeInt(values.size());
        for (String value : values) {
            out.writeUTF(value);
        }
    }

    public static List<String> readStrings(DataInputStream in) throws IOException {
        List<String> values = new ArrayList<>();
        for (int n = in.readInt(); n > 0; n--) {
            values.add(in.readUTF());
        }
        return values;
    }
}
