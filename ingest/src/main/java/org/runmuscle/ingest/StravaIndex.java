package org.runmuscle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.runmuscle.core.activity.Sport;

/**
 * Strava's {@code activities.csv}: one row per activity, its columns found by name, not position.
 * Strava translates the header into the account's language and repeats some names ("Elapsed
 * Time" and "Distance" come twice), so each column is the first whose header holds one of the
 * words below, in English, German, French, Spanish, Italian, Dutch or Portuguese; and the file
 * column is found by its content ({@code activities/123.fit.gz}) when no header names it.
 */
final class StravaIndex {
    /** Compiled once: {@link #fold} runs for every word of every row's activity type. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private static final Pattern NOT_A_TO_Z = Pattern.compile("[^a-z]");
    private static final Pattern ACTIVITY_FILE = Pattern.compile("(?i)^activities/[^/]+\\.(fit|gpx|tcx)(\\.gz)?$");
    private static final List<String> FILE_WORDS =
            List.of("filename", "dateiname", "nomdufichier", "nombredelarchivo", "nomefile", "bestandsnaam");
    private static final List<String> NAME_WORDS = List.of(
            "activityname",
            "nameder",
            "nomdelactivite",
            "nombredelaactividad",
            "nomeattivita",
            "naamactiviteit",
            "nomedaatividade",
            "aktivitatsname");
    private static final List<String> TYPE_WORDS = List.of(
            "activitytype",
            "aktivitatsart",
            "typedactivite",
            "tipodeactividad",
            "tipoattivita",
            "activiteitstype",
            "tipodeatividade",
            "sportart");
    private static final List<String> GEAR_WORDS =
            List.of("activitygear", "ausrustung", "equipement", "equipo", "attrezzatura", "uitrusting", "equipamento");

    /** At most this much of the CSV is read: 16 MiB is about 50,000 activities with descriptions. */
    static final long MAX_CSV_BYTES = 16L << 20;

    /** The metadata by file name (the last part of the Filename column, lower case). */
    private final Map<String, ExportMetadata> byFile;

    private StravaIndex(Map<String, ExportMetadata> byFile) {
        this.byFile = byFile;
    }

    static StravaIndex empty() {
        return new StravaIndex(Map.of());
    }

    int size() {
        return byFile.size();
    }

    Optional<ExportMetadata> lookup(String entryName) {
        return Optional.ofNullable(byFile.get(key(entryName)));
    }

    static String key(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** Reads the CSV; a header without a file column is refused with one line. */
    static StravaIndex read(InputStream in) throws ActivityFormatException, IOException {
        return parse(in.readNBytes((int) MAX_CSV_BYTES + 1));
    }

    /** Parses the CSV's bytes, at most {@link #MAX_CSV_BYTES} of them (one more says it is larger). */
    static StravaIndex parse(byte[] bytes) throws ActivityFormatException {
        if (bytes.length > MAX_CSV_BYTES) {
            throw new ActivityFormatException(
                    "activities.csv is over 16 MiB: names, types and gear are not taken " + "from it");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            List<CSVRecord> rows = parser.getRecords();
            if (rows.isEmpty()) {
                throw new ActivityFormatException("activities.csv is empty");
            }
            List<String> header =
                    rows.get(0).toList().stream().map(StravaIndex::fold).toList();
            List<CSVRecord> data = rows.subList(1, rows.size());
            int file = column(header, FILE_WORDS);
            if (file < 0) {
                file = fileColumnByContent(data);
            }
            if (file < 0) {
                throw new ActivityFormatException("activities.csv has no Filename column (and no column of "
                        + "activities/... file names): names, types and gear are not taken from it");
            }
            int name = column(header, NAME_WORDS);
            int type = column(header, TYPE_WORDS);
            int gear = column(header, GEAR_WORDS);
            Map<String, ExportMetadata> byFile = new HashMap<>();
            for (CSVRecord row : data) {
                String path = cell(row, file);
                if (!path.isBlank()) {
                    Optional<Sport> sport = type < 0 || cell(row, type).isBlank()
                            ? Optional.empty()
                            : Optional.of(sport(cell(row, type)));
                    byFile.put(key(path.strip()), new ExportMetadata(cell(row, name), sport, cell(row, gear)));
                }
            }
            return new StravaIndex(byFile);
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new ActivityFormatException("activities.csv is not a readable CSV file (" + e.getMessage() + ")");
        }
    }

    private static String cell(CSVRecord row, int column) {
        return column >= 0 && column < row.size() ? row.get(column) : "";
    }

    /** The first column whose folded header contains one of the words. */
    static int column(List<String> header, List<String> words) {
        for (int i = 0; i < header.size(); i++) {
            for (String word : words) {
                if (header.get(i).contains(word)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int fileColumnByContent(List<CSVRecord> data) {
        for (CSVRecord row : data) {
            for (int i = 0; i < row.size(); i++) {
                if (ACTIVITY_FILE.matcher(row.get(i).strip()).matches()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Lower case, accents and everything but letters removed: "Aktivitäts-ID" becomes "aktivitatsid". */
    static String fold(String header) {
        String plain = MARKS.matcher(Normalizer.normalize(header.replace("\uFEFF", ""), Normalizer.Form.NFD))
                .replaceAll("");
        return NOT_A_TO_Z.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * Strava's activity type, in any of the seven languages, as a sport. Only types that are on
     * foot and named as runs are runs; anything unrecognised is another sport, never a run.
     */
    static Sport sport(String type) {
        List<String> words = Arrays.stream(XmlSports.NOT_LETTERS.split(type))
                .map(StravaIndex::fold)
                .filter(w -> !w.isEmpty())
                .toList();
        if (any(
                words,
                w -> w.equals("run")
                        || w.equals("running")
                        || w.endsWith("lauf")
                        || w.equals("laufen")
                        || w.equals("course")
                        || w.equals("carrera")
                        || w.equals("corsa")
                        || w.startsWith("hardloop")
                        || w.equals("corrida"))) {
            return Sport.RUNNING;
        }
        if (any(
                words,
                w -> w.equals("hike")
                        || w.startsWith("wanderung")
                        || w.startsWith("randonnee")
                        || w.equals("senderismo")
                        || w.equals("escursionismo")
                        || w.equals("trilha"))) {
            return Sport.HIKING;
        }
        if (any(
                words,
                w -> w.equals("walk")
                        || w.startsWith("spazier")
                        || w.equals("marche")
                        || w.equals("caminata")
                        || w.equals("camminata")
                        || w.startsWith("wandel")
                        || w.equals("caminhada"))) {
            return Sport.WALKING;
        }
        if (any(
                words,
                w -> w.equals("ride")
                        || w.startsWith("radfahrt")
                        || w.startsWith("velo")
                        || w.equals("bici")
                        || w.startsWith("ciclismo")
                        || w.startsWith("fiets")
                        || w.endsWith("bike")
                        || w.equals("bicicleta"))) {
            return Sport.CYCLING;
        }
        if (any(
                words,
                w -> w.equals("swim")
                        || w.startsWith("schwimm")
                        || w.equals("natation")
                        || w.equals("natacion")
                        || w.equals("nuoto")
                        || w.startsWith("zwem")
                        || w.equals("natacao"))) {
            return Sport.SWIMMING;
        }
        return Sport.OTHER;
    }

    private static boolean any(List<String> words, Predicate<String> test) {
        return words.stream().anyMatch(test);
    }
}
