package org.runmuscle.core.training;

import static org.runmuscle.core.snapshot.Snapshot.readStrings;
import static org.runmuscle.core.snapshot.Snapshot.writeStrings;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.runmuscle.core.snapshot.Snapshot;

/**
 * The findings' words as the build leaves them in the jar ({@value #RESOURCE}), as
 * {@link CatalogSnapshot} leaves the catalog: read from {@code findings.json} once at build time,
 * then written field by field, so that neither {@code assess} nor {@code serve} starts Jackson's
 * data binding to read them (its first use in a JVM: tens of milliseconds of annotation
 * introspection). The untested variants of a text may be absent; a flag says which are there.
 */
public final class FindingsSnapshot {
    static final String RESOURCE = "findings.bin";
    private static final int VERSION = 1;

    private FindingsSnapshot() {}

    /** Writes the snapshot of {@code findings.json} into the class folder {@code args[0]} (the build calls it). */
    public static void main(String[] args) throws IOException {
        FindingTexts.File file = FindingTexts.fromJson();
        try (DataOutputStream out = Snapshot.create(args[0], FindingTexts.class, RESOURCE)) {
            write(file, out);
        }
    }

    static void write(FindingTexts.File file, DataOutputStream out) throws IOException {
        Snapshot.writeHeader(out, VERSION);
        out.writeInt(file.findings().size());
        for (FindingTexts.Entry entry : file.findings()) {
            writeText(out, entry.id(), entry.title(), entry.titleUntested());
            writeStrings(out, entry.muscles());
            writeText(out, entry.why(), entry.whyUntested());
            out.writeByte(entry.confidence().ordinal());
            writeStrings(out, entry.sources());
            writeText(out, entry.advice(), entry.adviceUntested());
            writeStrings(out, entry.exercises());
        }
        FindingTexts.Soreness soreness = file.soreness();
        writeText(out, soreness.title(), soreness.why());
        out.writeByte(soreness.confidence().ordinal());
        writeText(out, soreness.advice(), soreness.otherCause());
        writeStrings(out, soreness.otherSources());
        out.writeInt(soreness.groups().size());
        for (Map.Entry<String, FindingTexts.SoreGroup> group : soreness.groups().entrySet()) {
            writeText(out, group.getKey(), group.getValue().cause());
            writeStrings(out, group.getValue().sources());
            writeStrings(out, group.getValue().exercises());
        }
    }

    /** The findings' words from a snapshot; {@link UncheckedIOException} when it is not one this build wrote. */
    static FindingTexts.File read(InputStream stream) {
        try (DataInputStream in = Snapshot.open(stream, VERSION)) {
            List<FindingTexts.Entry> findings = new ArrayList<>();
            Confidence[] confidences = Confidence.values();
            for (int n = in.readInt(); n > 0; n--) {
                String id = readText(in);
                String title = readText(in);
                String titleUntested = readText(in);
                List<String> muscles = readStrings(in);
                String why = readText(in);
                String whyUntested = readText(in);
                Confidence confidence = confidences[in.readByte()];
                List<String> sources = readStrings(in);
                String advice = readText(in);
                String adviceUntested = readText(in);
                findings.add(new FindingTexts.Entry(
                        id,
                        title,
                        titleUntested,
                        muscles,
                        why,
                        whyUntested,
                        confidence,
                        sources,
                        advice,
                        adviceUntested,
                        readStrings(in)));
            }
            String title = readText(in);
            String why = readText(in);
            Confidence confidence = confidences[in.readByte()];
            String advice = readText(in);
            String otherCause = readText(in);
            List<String> otherSources = readStrings(in);
            Map<String, FindingTexts.SoreGroup> groups = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                String group = readText(in);
                String cause = readText(in);
                groups.put(group, new FindingTexts.SoreGroup(cause, readStrings(in), readStrings(in)));
            }
            Snapshot.end(in);
            return new FindingTexts.File(
                    findings,
                    new FindingTexts.Soreness(title, why, confidence, advice, otherCause, otherSources, groups));
        } catch (IOException | IndexOutOfBoundsException e) {
            throw new UncheckedIOException(
                    new IOException("findings resource " + RESOURCE + " is invalid: " + Snapshot.why(e), e));
        }
    }

    /** Texts that may be absent (null), each after a flag. */
    private static void writeText(DataOutputStream out, String... texts) throws IOException {
        for (String text : texts) {
            out.writeBoolean(text != null);
            if (text != null) {
                out.writeUTF(text);
            }
        }
    }

    private static String readText(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
