package org.runmuscle.core.training;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the self-assessment's findings, read from {@code findings.json}: what a finding is
 * called, why it matters, what to do, its sources and exercises. {@link Assessment} decides which
 * findings apply and passes the figures; this class fills them into the texts.
 */
final class FindingTexts {
    /** One finding's texts; the {@code *Untested} ones stand when there is no test result to quote. */
    @JsonIgnoreProperties({"_comment"})
    record Entry(
            String id,
            String title,
            String titleUntested,
            List<String> muscles,
            String why,
            String whyUntested,
            Confidence confidence,
            List<String> sources,
            String advice,
            String adviceUntested,
            List<String> exercises) {}

    /** What soreness of one group is usually caused by, and what helps. */
    record SoreGroup(String cause, List<String> sources, List<String> exercises) {}

    record Soreness(
            String title,
            String why,
            Confidence confidence,
            String advice,
            String otherCause,
            List<String> otherSources,
            Map<String, SoreGroup> groups) {}

    @JsonIgnoreProperties({"_comment"})
    record File(List<Entry> findings, Soreness soreness) {}

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Soreness soreness;

    private FindingTexts(File file) {
        file.findings().forEach(f -> byId.put(f.id(), f));
        this.soreness = file.soreness();
    }

    /** The shipped words: the build's snapshot of them ({@link FindingsSnapshot}), or the JSON without one. */
    static FindingTexts load() {
        InputStream snapshot = FindingTexts.class.getResourceAsStream(FindingsSnapshot.RESOURCE);
        return new FindingTexts(snapshot != null ? FindingsSnapshot.read(snapshot) : fromJson());
    }

    /** The words of {@code findings.json}, through Jackson's data binding. */
    static File fromJson() {
        try (InputStream in = FindingTexts.class.getResourceAsStream("findings.json")) {
            return new ObjectMapper()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("findings.json is unreadable", e);
        }
    }

    /** The ids of the findings the file words, in its order (soreness findings come after, one per group). */
    List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    /**
     * The finding {@code id} with {@code values} filled in; with no values, its untested texts.
     * {@code side} is the finding's side ("" when it has none).
     */
    Finding finding(String id, Map<String, String> values, Confidence confidence, String side) {
        Entry e = Optional.ofNullable(byId.get(id)).orElseThrow(() -> new IllegalArgumentException("no finding " + id));
        boolean tested = !values.isEmpty();
        return new Finding(
                id,
                fill(tested || e.titleUntested() == null ? e.title() : e.titleUntested(), values),
                e.muscles(),
                fill(tested || e.whyUntested() == null ? e.why() : e.whyUntested(), values),
                confidence,
                e.sources(),
                fill(tested || e.adviceUntested() == null ? e.advice() : e.adviceUntested(), values),
                e.exercises(),
                side);
    }

    /** The confidence the file gives a finding when no rule raises it. */
    Confidence confidence(String id) {
        return byId.get(id).confidence();
    }

    /** Soreness of a muscle group, {@code groupName} as the atlas names it. */
    Finding sore(String group, String groupName, List<String> muscles) {
        Optional<SoreGroup> known = Optional.ofNullable(soreness.groups().get(group));
        Map<String, String> values = Map.of(
                "group",
                groupName.toLowerCase(Locale.ROOT),
                "cause",
                known.map(SoreGroup::cause).orElse(soreness.otherCause()));
        return new Finding(
                "sore-" + group,
                fill(soreness.title(), values),
                muscles,
                fill(soreness.why(), values),
                soreness.confidence(),
                known.map(SoreGroup::sources).orElse(soreness.otherSources()),
                soreness.advice(),
                known.map(SoreGroup::exercises).orElse(List.of()),
                "");
    }

    private static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for {" + m.group(1) + "} in: " + text);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
