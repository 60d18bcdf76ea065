package org.runmuscle.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runmuscle.app.activity.GridFiles;
import org.runmuscle.app.serve.Application;
import org.runmuscle.app.web.WebServer;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.LoadModel;
import org.runmuscle.ingest.FitWriter;
import org.runmuscle.ingest.FitWriter.Field;
import org.runmuscle.store.Database;
import org.runmuscle.store.DatabaseSetting;
import org.sqlite.util.OSInfo;

/**
 * One run of what people start most, in one JVM, for one of the launcher's five class-data
 * archives ({@code -XX:ArchiveClassesAtExit}): an archive holds the classes its run loaded.
 * {@code commands} runs those that read no history (help, the atlas, the catalog, {@code analyze}
 * in every format, {@code validate}) over the example recordings and a FIT run made here;
 * {@code atlas} and {@code analyze} run the {@link #ATLAS} and {@link #ANALYZE} commands as text;
 * {@code history} imports the recordings and runs the commands that read them, as text and JSON;
 * {@code serve} imports them, starts the web server and asks it a few questions. Five, because
 * the JVM relocates every pointer of its archive at start: in one archive of 40 MB, the server's
 * classes cost every short command 30 ms; the database layer's cost {@code muscle soleus} another
 * 10 ms; Jackson's (6.8 MB) cost the commands that print text, and the readers' and the model's
 * the atlas's commands (measurements in the launcher). Arguments: the mode, a scratch folder (its
 * database is thrown away), the example recordings, the folder for SQLite's library (copied there
 * by {@code history} and {@code serve}) and, but for {@code serve} and {@code atlas}, the model's
 * grid file to write ({@link LoadModel#writeGrid}). What the commands print is discarded; a
 * failing one only leaves its classes out of the archive.
 */
public final class ArchiveTraining {
    /**
     * The commands of the atlas's lean archive ({@code atlas}), for a command line of theirs that
     * mentions neither json nor html: the launcher's case for {@code runmuscle-atlas.jsa} lists the
     * same.
     */
    static final Set<String> ATLAS = Set.of("-V", "--version", "exercise", "exercises", "gait", "muscle", "muscles");

    /** The commands of {@code analyze}'s lean archive ({@code analyze}), likewise. */
    static final Set<String> ANALYZE = Set.of("analyze");

    private ArchiveTraining() {}

    public static void main(String[] args) {
        String mode = args[0];
        boolean server = mode.equals("serve");
        boolean history = mode.equals("history");
        if ((server || history) && args.length > 3) {
            extractSqlite(Path.of(args[3]));
        }
        if (!server && !mode.equals("atlas") && args.length > 4) {
            writeGrid(Path.of(args[4]));
        }
        Path scratch = Path.of(args[1]);
        String db = scratch.resolve("train.db").toString();
        String recordings = args[2];
        // not for the atlas's archive, which would otherwise hold the FIT writer's classes
        String fit = mode.equals("atlas") ? "" : fitRun(scratch);
        String[][] commands = switch (mode) {
            case "atlas" ->
                new String[][] {
                    {"--version"},
                    {"muscle", "soleus"},
                    {"muscle", "glutes"},
                    {"muscle", "no-such-muscle"},
                    {"muscles"},
                    {"exercises"},
                    {"exercises", "--muscle", "hamstrings", "--equipment", "none,band"},
                    {"exercise", "nordic-hamstring-curl"},
                    {"gait", "--speed", "3.5"},
                    {"gait", "--no-such-option"}
                };
            case "analyze" ->
                new String[][] {
                    {"analyze", recordings},
                    {"analyze", fit},
                    {"analyze", longNumbersRun(scratch)},
                    {"analyze", "--no-such-option"}
                };
            case "serve" -> new String[][] {{"import", recordings, "--db", db}, {"import", fit, "--db", db}};
            case "history" ->
                new String[][] {
                    {"import", recordings, "--db", db},
                    {"import", fit, "--db", db},
                    {"runs", "--db", db},
                    {"runs", "--db", db, "--format", "json"},
                    {"run", "1", "--db", db},
                    {"run", "1", "--db", db, "--format", "json"},
                    {"history", "--db", db, "--as-of", "2026-01-01"},
                    {"history", "--db", db, "--as-of", "2026-01-01", "--format", "json"},
                    {"athletes", "--db", db},
                    {"assess", "--db", db, "--hip-drop", "yes"},
                    {"plan", "--db", db},
                    {"plan", "--db", db, "--format", "json"},
                    {"log", "--db", db, "goblet-squat 3x10@16kg"},
                    {"logs", "--db", db},
                    {"runs", "--no-such-option"}
                };
            default ->
                new String[][] {
                    {"--version"},
                    {"--help"},
                    {"muscle", "soleus"},
                    {"muscle", "glutes"},
                    {"muscles"},
                    {"exercise", "nordic-hamstring-curl"},
                    {"gait", "--speed", "3.5"},
                    {"analyze", recordings},
                    {"analyze", recordings, "--format", "json"},
                    {"analyze", fit},
                    {"analyze", fit, "--format", "html"},
                    {"analyze", longNumbersRun(scratch)},
                    {"validate"},
                    {"analyze", "--no-such-option"}
                };
        };
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] command : commands) {
            // as Main.main does, so that the warm-up's classes and lambdas are in the archive too
            WarmUp.start(command);
            Main.run(command, nowhere, nowhere);
        }
        if (server) {
            serve(db);
        }
    }

    /**
     * The model's whole grid, for the commands to map instead of tabulating the nodes their runs
     * reach ({@link LoadModel#writeGrid}); the commands below then read it, so that its classes are
     * in the archive too. Without it they tabulate, as they did before. A grid already there was
     * written for this build by the other archive's training (the launcher removes an older one).
     */
    private static void writeGrid(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                GridFiles.write(LoadModel.load(Atlas.load()), file);
            }
            System.setProperty(GridFiles.PROPERTY, file.toString());
        } catch (IOException | UncheckedIOException e) {
            // the commands tabulate their nodes
        }
    }

    /**
     * A ten-minute run as a watch records it in FIT (file id, a record a second with running
     * dynamics, the session), made with our encoder: the example recordings are GPX and TCX, and
     * without one FIT file the FIT reader's classes stayed out of the archive. Its path, or a
     * missing file when it cannot be written (that run then only fails).
     */
    private static String fitRun(Path folder) {
        long start = FitWriter.fitTime(1_767_225_600L); // 2026-01-01T00:00:00Z
        FitWriter fit = new FitWriter();
        fit.define(0, 0, new Field(0, 1, FitWriter.ENUM), new Field(4, 4, FitWriter.UINT32));
        fit.write(0, 4, start);
        fit.define(
                1,
                20,
                new Field(253, 4, FitWriter.UINT32),
                new Field(0, 4, FitWriter.SINT32),
                new Field(1, 4, FitWriter.SINT32),
                new Field(5, 4, FitWriter.UINT32),
                new Field(6, 2, FitWriter.UINT16),
                new Field(3, 1, FitWriter.UINT8),
                new Field(4, 1, FitWriter.UINT8),
                new Field(39, 2, FitWriter.UINT16),
                new Field(41, 2, FitWriter.UINT16));
        double semicirclesPerMetre = Math.pow(2, 31) / 180 / 111_195.0;
        for (int s = 0; s <= 600; s++) {
            long metres = Math.round(3.2 * s);
            // with running dynamics (8.5 cm of vertical oscillation, 250 ms of ground contact), as
            // Garmin's watches record them: without, their wording was read from the jar
            fit.write(
                    1,
                    start + s,
                    600_000_000L,
                    Math.round(metres * semicirclesPerMetre),
                    metres * 100,
                    3200,
                    150,
                    86,
                    850,
                    2500);
        }
        fit.define(
                2,
                18,
                new Field(253, 4, FitWriter.UINT32),
                new Field(2, 4, FitWriter.UINT32),
                new Field(5, 1, FitWriter.ENUM),
                new Field(7, 4, FitWriter.UINT32),
                new Field(8, 4, FitWriter.UINT32));
        fit.write(2, start + 600, start, 1, 600_000, 600_000);
        Path file = folder.resolve("ten-minutes.fit");
        try {
            Files.write(file, fit.bytes());
        } catch (IOException e) {
            // 'analyze' of the missing file fails, and leaves only its own classes out
        }
        return file.toString();
    }

    /**
     * Three GPX points whose coordinates have 38 digits, as some Garmin exports write them
     * (shared/data: garmin-ns3-extension.gpx): such numbers go past the readers' 15-digit fast path
     * to FastDoubleParser, whose classes are otherwise read from the jar. Its path, or a missing
     * file when it cannot be written.
     */
    private static String longNumbersRun(Path folder) {
        StringBuilder gpx = new StringBuilder("<?xml version=\"1.0\"?>\n"
                + "<gpx version=\"1.1\" creator=\"runmuscle\"><trk><type>running</type><trkseg>");
        for (int s = 0; s < 3; s++) {
            // 3 m a second eastwards, every digit kept
            gpx.append("<trkpt lat=\"49.44717471487820148468017578125\" lon=\"8.683")
                    .append(40 + 4 * s)
                    .append("1716845035552978515625000\"><ele>112.4000015258789062500</ele><time>2026-01-01T00:00:0")
                    .append(s)
                    .append("Z</time></trkpt>");
        }
        gpx.append("</trkseg></trk></gpx>\n");
        Path file = folder.resolve("long-numbers.gpx");
        try {
            Files.writeString(file, gpx);
        } catch (IOException e) {
            // 'analyze' of the missing file fails, and leaves only its own classes out
        }
        return file.toString();
    }

    /**
     * SQLite's native library copied out of the jar into {@code folder}, once per build, for the
     * launcher to name ({@code -Dorg.sqlite.lib.path}): otherwise sqlite-jdbc writes it to the
     * temporary folder at every start and compares it there byte by byte, a third of a second of
     * {@code serve}'s start on this machine (measured with Flight Recorder).
     */
    private static void extractSqlite(Path folder) {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = ArchiveTraining.class.getResourceAsStream(resource)) {
            if (in != null) {
                Files.createDirectories(folder);
                Path part = Files.createTempFile(folder, name, ".part");
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // without the copy, sqlite-jdbc extracts its library itself, as before
        }
    }

    /**
     * The web server started on a free loopback port, asked for a page and a few answers, stopped.
     * It is asked over a plain socket: the JDK's {@code HttpClient} sets up TLS even for http, and
     * put 400 classes of {@code sun.security} (certificates, ciphers, 3.4 MB) into the archive that
     * every start of the server relocated.
     */
    private static void serve(String db) {
        try (Database store = Database.open(DatabaseSetting.resolve(Optional.of(db), Map.of()))) {
            WebServer server = Application.start(new WebServer.Settings("127.0.0.1", 0, 1L << 20), store);
            try {
                for (String path :
                        List.of("/", "/js/app.js", "/api/v1/muscles", "/api/v1/history?days=28", "/api/v1/x")) {
                    get(server.port(), path);
                }
            } catch (IOException e) {
                // a server that does not answer leaves its classes out of the archive, nothing more
            } finally {
                server.close();
            }
        }
    }

    /** One GET of {@code path}, its whole answer read and dropped. */
    private static void get(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.getInputStream().transferTo(OutputStream.nullOutputStream());
        }
    }
}
