package org.runmuscle.app;

import java.nio.file.Path;
import java.util.List;
import org.runmuscle.app.account.UserCommand;
import org.runmuscle.app.activity.AnalyzeCommand;
import org.runmuscle.app.athletes.AthletesCommand;
import org.runmuscle.app.atlas.GaitCommand;
import org.runmuscle.app.atlas.MuscleCommand;
import org.runmuscle.app.atlas.MusclesCommand;
import org.runmuscle.app.bench.BenchCommand;
import org.runmuscle.app.cli.LevelConverter;
import org.runmuscle.app.cli.OutputFormat;
import org.runmuscle.app.exercises.ExerciseCommand;
import org.runmuscle.app.exercises.ExercisesCommand;
import org.runmuscle.app.history.AthleteCommand;
import org.runmuscle.app.history.DeleteCommand;
import org.runmuscle.app.history.EditCommand;
import org.runmuscle.app.history.ExportCommand;
import org.runmuscle.app.history.HistoryCommand;
import org.runmuscle.app.history.ImportCommand;
import org.runmuscle.app.history.ReanalyzeCommand;
import org.runmuscle.app.history.RunCommand;
import org.runmuscle.app.history.RunsCommand;
import org.runmuscle.app.serve.ServeCommand;
import org.runmuscle.app.strength.LogCommand;
import org.runmuscle.app.strength.LogsCommand;
import org.runmuscle.app.training.AssessCommand;
import org.runmuscle.app.training.PlanCommand;
import org.runmuscle.app.validate.ValidateCommand;
import org.runmuscle.core.training.Level;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * Each subcommand's picocli model, built from its annotations' values without reading them:
 * the first annotation a process reads costs the JDK 25-37 ms of start-up, and a command
 * reads dozens (docs/benchmarks.md). Written by {@code CommandModelsTest} from the
 * annotations, which stay the reference; do not edit by hand. It must be one piece: it is
 * generated whole, and the test compares it whole.
 */
final class CommandModels {
    private CommandModels() {}

    /** The model of the subcommand called {@code name} (or one of its aliases), or null if none is. */
    static CommandSpec named(String name) {
        return switch (name) {
            case "muscles" -> musclesCommand();
            case "muscle" -> muscleCommand();
            case "gait" -> gaitCommand();
            case "analyze" -> analyzeCommand();
            case "exercises" -> exercisesCommand();
            case "exercise" -> exerciseCommand();
            case "assess" -> assessCommand();
            case "plan" -> planCommand();
            case "log" -> logCommand();
            case "logs" -> logsCommand();
            case "import" -> importCommand();
            case "athlete" -> athleteCommand();
            case "athletes" -> athletesCommand();
            case "user" -> userCommand();
            case "runs" -> runsCommand();
            case "run" -> runCommand();
            case "edit" -> editCommand();
            case "delete" -> deleteCommand();
            case "export" -> exportCommand();
            case "history" -> historyCommand();
            case "reanalyze" -> reanalyzeCommand();
            case "serve" -> serveCommand();
            case "validate" -> validateCommand();
            case "bench" -> benchCommand();
            default -> null;
        };
    }

    private static CommandSpec musclesCommand() {
        MusclesCommand command = Bindings.create(MusclesCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("muscles");
        spec.usageMessage()
                .description(
                        "Lists every muscle running uses: its group, its role (primary mover or "
                                + "supporting), and how it contracts in each phase of the stride.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle muscles",
                        "  runmuscle muscles --group hamstrings",
                        "  runmuscle muscles --group quads --format json");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--group"), command, "group")
                        .description(
                                "Only the muscles of this group: an id (hamstrings, hip-flexors) or a lay "
                                        + "name (quads, glutes).")
                        .paramLabel("GROUP")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.atlas.MusclesCommand.group")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec muscleCommand() {
        MuscleCommand command = Bindings.create(MuscleCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("muscle");
        spec.usageMessage()
                .description(
                        "Shows one muscle in full: lay names, location, joint actions, its work and "
                                + "contraction in each phase of the stride, signs of weakness, linked soreness and "
                                + "injuries, and numbered sources. A group name (glutes, quads) shows the group and "
                                + "its muscles.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle muscle gluteus-medius",
                        "  runmuscle muscle \"glute med\"",
                        "  runmuscle muscle quads",
                        "  runmuscle muscle soleus --format json");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .description("A muscle or group: id, anatomical name or lay name.")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.atlas.MuscleCommand.name")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec gaitCommand() {
        GaitCommand command = Bindings.create(GaitCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("gait");
        spec.usageMessage()
                .description(
                        "Without --speed or --pace: explains the phases of the running gait cycle "
                                + "(initial contact, loading response, midstance, propulsion/toe-off, float, early, "
                                + "mid and late swing) and which muscles work in each, and how.",
                        "",
                        "With --speed or --pace: the muscle model at that speed, grade and step rate. Per "
                                + "muscle, when in the cycle it works (its force curve from initial contact), its "
                                + "peak force in body weights in stance, early and late swing, its load per stride "
                                + "and per kilometre in body-weight seconds, and how that load splits into "
                                + "concentric, eccentric and isometric work.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle gait",
                        "  runmuscle gait --speed 3.5 --grade 0 --cadence 170",
                        "  runmuscle gait --pace 4:45/km --grade -8",
                        "  runmuscle gait --speed 5 --format json");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--speed"), command, "speed")
                        .description("Running speed in m/s (0 < speed <= 12).")
                        .paramLabel("M/S")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.atlas.GaitCommand.speed")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--pace"), command, "pace")
                        .description("Pace instead of speed: 4:45/km or 7:38/mi.")
                        .paramLabel("PACE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.atlas.GaitCommand.pace")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--grade"), command, "grade")
                        .description("Slope in percent, negative downhill (-45 to 45; default 0).")
                        .paramLabel("PERCENT")
                        .type(double.class)
                        .defaultValue("0")
                        .withToString("field double org.runmuscle.app.atlas.GaitCommand.grade")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--cadence"), command, "cadence")
                        .description(
                                "Steps per minute (60 to 260; default: the typical step rate for the "
                                        + "speed and grade).")
                        .paramLabel("SPM")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.atlas.GaitCommand.cadence")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--mass"), command, "mass")
                        .description("Body mass in kg, for forces in newtons (20 to 250; default 70).")
                        .paramLabel("KG")
                        .type(double.class)
                        .defaultValue("70")
                        .withToString("field double org.runmuscle.app.atlas.GaitCommand.mass")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec analyzeCommand() {
        AnalyzeCommand command = Bindings.create(AnalyzeCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("analyze");
        spec.usageMessage()
                .description(
                        "Reads recordings (FIT, GPX or TCX, each optionally gzipped; the format is told "
                                + "by the bytes, not the name) and prints, for every activity found, its sport, "
                                + "start, elapsed and moving time, distance, pace, heart rate, cadence in steps per "
                                + "minute, ascent and descent. A multisport file gives one activity per session.",
                        "",
                        "For running activities it adds the load each muscle took (body-weight seconds, "
                                + "split into concentric, eccentric and isometric work), grade-adjusted pace, and "
                                + "what made the load: climbs and descents, fast kilometres, cadence drift.",
                        "",
                        "Folders are searched for activity files; other files in them are skipped. A file "
                                + "that cannot be read gets one line on stderr and the exit code is 2; the other "
                                + "files are still analysed. A file readable up to a corrupt tail is analysed with "
                                + "a warning.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle analyze run.fit",
                        "  runmuscle analyze ~/watch-exports --format json",
                        "  runmuscle analyze hilly-run.fit --mass 62",
                        "  runmuscle analyze morning.gpx.gz evening.tcx");
        Bindings.inject(command, "spec", spec);
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "paths")
                        .index("*")
                        .arity("1..*")
                        .description("Recordings or folders of recordings.")
                        .paramLabel("FILE")
                        .type(List.class)
                        .auxiliaryTypes(Path.class)
                        .required(true)
                        .withToString(
                                "field java.util.List<java.nio.file.Path> "
                                        + "org.runmuscle.app.activity.AnalyzeCommand.paths")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--format"), command, "format")
                        .description(
                                "table (default, for reading), json (for programs) or html (a "
                                        + "self-contained report with body maps and charts that opens in a browser "
                                        + "with no server).")
                        .paramLabel("FORMAT")
                        .type(Bindings.type("org.runmuscle.app.activity.AnalyzeFormat"))
                        .converters(Bindings.converter("org.runmuscle.app.activity.AnalyzeFormat$Converter"))
                        .defaultValue("table")
                        .withToString(
                                "field org.runmuscle.app.activity.AnalyzeFormat "
                                        + "org.runmuscle.app.activity.AnalyzeCommand.format")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--mass"), command, "mass")
                        .description(
                                "Body mass in kg (20 to 250). Default: the file's user profile when it "
                                        + "has one, else 70.")
                        .paramLabel("KG")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.activity.AnalyzeCommand.mass")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--max-file-mib"), command, "maxFileMib")
                        .description("Refuse files (or their gzip content) larger than this many MiB (default 256).")
                        .paramLabel("MIB")
                        .type(long.class)
                        .defaultValue("256")
                        .withToString("field long org.runmuscle.app.activity.AnalyzeCommand.maxFileMib")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--units"), command, "units")
                        .description("km (default) or mi, for the table's distances and paces; JSON stays in metres.")
                        .paramLabel("UNIT")
                        .type(String.class)
                        .defaultValue("km")
                        .withToString("field String org.runmuscle.app.activity.AnalyzeCommand.units")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--time-zone"), command, "timeZone")
                        .description(
                                "The zone start times are shown in, such as Europe/Berlin (default UTC); "
                                        + "JSON stays UTC.")
                        .paramLabel("ZONE")
                        .type(String.class)
                        .defaultValue("UTC")
                        .withToString("field String org.runmuscle.app.activity.AnalyzeCommand.timeZone")
                        .build());
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec exercisesCommand() {
        ExercisesCommand command = Bindings.create(ExercisesCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("exercises");
        spec.usageMessage()
                .description(
                        "Lists the strength exercises for runners with the muscles they train (primary "
                                + "first, with measured activation in %% of maximal voluntary contraction where a "
                                + "study measured it), equipment, difficulty, whether one side at a time, and the "
                                + "contraction they stress.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle exercises",
                        "  runmuscle exercises --muscle gluteus-medius",
                        "  runmuscle exercises --muscle hamstrings --equipment none,band",
                        "  runmuscle exercises --format json");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--muscle"), command, "muscle")
                        .description(
                                "Only exercises that train this muscle or group (id or lay name: glute "
                                        + "med, quads).")
                        .paramLabel("MUSCLE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.exercises.ExercisesCommand.muscle")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--equipment"), command, "equipment")
                        .description(
                                "Only exercises possible with this equipment, comma-separated: none, "
                                        + "band, dumbbells, kettlebell, barbell, bench, step, stairs, machine, "
                                        + "ball, sliders, pull-up-bar.")
                        .paramLabel("LIST")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.exercises.ExercisesCommand.equipment")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec exerciseCommand() {
        ExerciseCommand command = Bindings.create(ExerciseCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("exercise");
        spec.usageMessage()
                .description(
                        "Shows one exercise in full: how to do it, cues, common mistakes, easier and "
                                + "harder variations, the muscles it trains with measured activation where known, "
                                + "its usual dose, and sources.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle exercise nordic-hamstring-curl",
                        "  runmuscle exercise clamshell --format json");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "id")
                        .index("0+")
                        .description("An exercise id, as 'runmuscle exercises' lists them.")
                        .paramLabel("ID")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.exercises.ExerciseCommand.id")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec assessCommand() {
        AssessCommand command = Bindings.create(AssessCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("assess");
        spec.usageMessage()
                .description(
                        "The runner's self-assessment. Do the tests, then give the results as options, or "
                                + "run it in a terminal without options to be asked one question at a time. Each "
                                + "finding names the muscles it implicates, why, how sure it is, its sources, and "
                                + "what to do.",
                        "",
                        "Tests: a slow single-leg squat in front of a mirror (what happens?); whether the "
                                + "hip drops on the swing side when you land (a phone video from behind); "
                                + "single-leg calf raises to fatigue on each side; a side-plank hold on the weaker "
                                + "side; a measured hamstring-to-quadriceps strength ratio if you have one; which "
                                + "muscles get sore after runs.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle assess",
                        "  runmuscle assess --single-leg-squat knee-caves-in --hip-drop yes "
                                + "--calf-raises-left 18 --calf-raises-right 26 --side-plank-seconds 35 "
                                + "--hamstring-quad-ratio 0.48 --sore quads,calves");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--single-leg-squat"), command, "singleLegSquat")
                        .description("good, knee-caves-in, hip-drops, trunk-leans or wobbles.")
                        .paramLabel("RESULT")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.AssessCommand.singleLegSquat")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--hip-drop"), command, "hipDrop")
                        .description("Does the hip on the swing side drop when you land?")
                        .paramLabel("YES|NO")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.AssessCommand.hipDrop")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--calf-raises-left"), command, "calfLeft")
                        .description("Single-leg calf raises to fatigue, left.")
                        .paramLabel("N")
                        .type(Integer.class)
                        .withToString("field Integer org.runmuscle.app.training.AssessCommand.calfLeft")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--calf-raises-right"), command, "calfRight")
                        .description("Single-leg calf raises to fatigue, right.")
                        .paramLabel("N")
                        .type(Integer.class)
                        .withToString("field Integer org.runmuscle.app.training.AssessCommand.calfRight")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--side-plank-seconds"), command, "sidePlank")
                        .description("Side-plank hold on the weaker side, seconds.")
                        .paramLabel("S")
                        .type(Integer.class)
                        .withToString("field Integer org.runmuscle.app.training.AssessCommand.sidePlank")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--hamstring-quad-ratio"), command, "hqRatio")
                        .description("Measured concentric hamstring-to-quadriceps strength ratio (e.g. 0.55).")
                        .paramLabel("R")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.training.AssessCommand.hqRatio")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--sore"), command, "sore")
                        .description(
                                "Muscle groups sore after runs, comma-separated (ids or lay names: quads, "
                                        + "calves, hamstrings, glutes, hip-flexors, shins ...).")
                        .paramLabel("GROUPS")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.AssessCommand.sore")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--contact-balance-left"), command, "contactBalanceLeft")
                        .description(
                                "The left foot's share of ground contact time, percent, as a watch with "
                                        + "running dynamics shows it ('GCT balance', 50 is even). Without it, the "
                                        + "history's runs of the last 28 days give it when they measured it.")
                        .paramLabel("PCT")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.training.AssessCommand.contactBalanceLeft")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--interactive"), command, "interactive")
                        .description("Ask the questions on the terminal even when options are given.")
                        .paramLabel("<interactive>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.training.AssessCommand.interactive")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec planCommand() {
        PlanCommand command = Bindings.create(PlanCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("plan");
        spec.usageMessage()
                .description(
                        "Generates a weekly strength plan for a runner: the days, and for each session a "
                                + "warm-up and exercises in order with sets, reps or seconds, tempo, load and rest, "
                                + "progressing week to week with a lighter fourth week. It covers the primary "
                                + "running muscle groups every week, keeps quadriceps and hamstring work within 30 "
                                + "%% of each other, weights the plan toward your findings, respects your "
                                + "equipment, keeps heavy lower-body sessions off hard-run days and the days before "
                                + "them, and explains every exercise with its sources.",
                        "",
                        "The same options and seed always give the same plan.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle plan",
                        "  runmuscle plan --sessions 2 --minutes 30 --equipment none,band,dumbbells "
                                + "--level intermediate --finding hip-drop --run-days mon,wed,thu,sat --hard-days "
                                + "wed,sat --weeks 8",
                        "  runmuscle plan --sessions 3 --minutes 45 --equipment barbell,bench --format "
                                + "ics > plan.ics");
        Bindings.inject(command, "spec", spec);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--sessions"), command, "sessions")
                        .description("Sessions a week, 1 to 5 (default 2).")
                        .paramLabel("N")
                        .type(int.class)
                        .defaultValue("2")
                        .withToString("field int org.runmuscle.app.training.PlanCommand.sessions")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--minutes"), command, "minutes")
                        .description("Minutes a session, warm-up included, 10 to 120 (default 30).")
                        .paramLabel("MIN")
                        .type(int.class)
                        .defaultValue("30")
                        .withToString("field int org.runmuscle.app.training.PlanCommand.minutes")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--equipment"), command, "equipment")
                        .description(
                                "What you have, comma-separated (default: the athlete profile's, else "
                                        + "none): none, band, dumbbells, kettlebell, barbell, bench, step, stairs, "
                                        + "machine, ball, sliders, pull-up-bar.")
                        .paramLabel("LIST")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.equipment")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--level"), command, "level")
                        .description(
                                "beginner, intermediate or advanced (default: the athlete profile's, else "
                                        + "beginner). Plyometrics start at intermediate.")
                        .paramLabel("LEVEL")
                        .type(Level.class)
                        .converters(Bindings.create(LevelConverter.class))
                        .withToString(
                                "field org.runmuscle.core.training.Level "
                                        + "org.runmuscle.app.training.PlanCommand.level")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--as-of"), command, "asOf")
                        .description(
                                "The day the plan starts from, for reading the running history "
                                        + "(YYYY-MM-DD; default today in the athlete's time zone).")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.asOf")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--no-history"), command, "noHistory")
                        .description("Ignore the running history and the athlete profile.")
                        .paramLabel("<noHistory>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.training.PlanCommand.noHistory")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--finding"), command, "findings")
                        .description(
                                "A finding to weight the plan toward, from 'runmuscle assess' (hip-drop, "
                                        + "knee-valgus, low-hamstring-quadriceps-ratio, sore-quadriceps ...). "
                                        + "Repeatable.")
                        .paramLabel("ID")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .withToString("field java.util.List<String> org.runmuscle.app.training.PlanCommand.findings")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--run-days"), command, "runDays")
                        .description("Days you run, e.g. mon,wed,thu,sat.")
                        .paramLabel("DAYS")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.runDays")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--hard-days"), command, "hardDays")
                        .description("Days of hard runs (intervals, tempo, long run), among the run days.")
                        .paramLabel("DAYS")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.hardDays")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--weeks"), command, "weeks")
                        .description("Weeks, 1 to 52 (default 8).")
                        .paramLabel("N")
                        .type(int.class)
                        .defaultValue("8")
                        .withToString("field int org.runmuscle.app.training.PlanCommand.weeks")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--seed"), command, "seed")
                        .description("Another seed gives another plan for the same request (default 1).")
                        .paramLabel("N")
                        .type(long.class)
                        .defaultValue("1")
                        .withToString("field long org.runmuscle.app.training.PlanCommand.seed")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--start"), command, "start")
                        .description(
                                "The week the plan starts, YYYY-MM-DD (its Monday; default: next Monday): "
                                        + "the dates of the table, the JSON and the calendar.")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.start")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--format"), command, "format")
                        .description(
                                "table (default), json, ics (an iCalendar file to import into a calendar) "
                                        + "or fit (FIT workouts for a Garmin watch: a zip of one file per session, "
                                        + "or one file with --session).")
                        .paramLabel("FORMAT")
                        .type(Bindings.type("org.runmuscle.app.training.PlanFormat"))
                        .converters(Bindings.converter("org.runmuscle.app.training.PlanFormat$Converter"))
                        .defaultValue("table")
                        .withToString(
                                "field org.runmuscle.app.training.PlanFormat "
                                        + "org.runmuscle.app.training.PlanCommand.format")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--session"), command, "session")
                        .description("With --format fit: only the session of this day.")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.training.PlanCommand.session")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--output"), command, "output")
                        .description(
                                "With --format fit: the file to write (default: standard output, when it "
                                        + "is not a terminal).")
                        .paramLabel("FILE")
                        .type(Path.class)
                        .withToString("field java.nio.file.Path org.runmuscle.app.training.PlanCommand.output")
                        .build());
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec logCommand() {
        LogCommand command = Bindings.create(LogCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("log");
        spec.usageMessage()
                .description(
                        "Logs a strength session: its exercises with sets, reps (or seconds held) and "
                                + "load. Its muscle loads join the running history's readiness and soreness.")
                .footer(
                        "",
                        "Each line is EXERCISE SETSxREPS[@LOAD] [rirN|rpeN]; loads in kg, or lb with 'lb'.",
                        "",
                        "Examples:",
                        "  runmuscle log \"nordic-hamstring-curl 2x5\" \"goblet-squat 3x10@16kg rir2\" "
                                + "\"front-plank 3x40s\"",
                        "  runmuscle log \"back-squat 5x5@135lb\" --date 2026-11-28 --rpe 8 --minutes 45");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "lines")
                        .index("*")
                        .arity("1..*")
                        .description("One exercise's sets, e.g. 'goblet-squat 3x10@16kg'.")
                        .paramLabel("LINE")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .required(true)
                        .withToString("field java.util.List<String> org.runmuscle.app.strength.LogCommand.lines")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--date"), command, "date")
                        .description("The day it was done (YYYY-MM-DD; default today in the athlete's time zone).")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.strength.LogCommand.date")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--rpe"), command, "rpe")
                        .description("How hard the whole session was, 1-10 (CR-10).")
                        .paramLabel("N")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.strength.LogCommand.rpe")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--minutes"), command, "minutes")
                        .description("How long it took (default: estimated from the sets and their rests).")
                        .paramLabel("N")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.strength.LogCommand.minutes")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--planned"), command, "planned")
                        .description("The plan session it ticks off (YYYY-MM-DD).")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.strength.LogCommand.planned")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--note"), command, "note")
                        .description("Anything worth remembering, up to 500 characters.")
                        .paramLabel("TEXT")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.strength.LogCommand.note")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec logsCommand() {
        LogsCommand command = Bindings.create(LogsCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("logs");
        spec.usageMessage()
                .description("Lists the logged strength sessions, or deletes one.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle logs",
                        "  runmuscle logs --days 90 --format json",
                        "  runmuscle logs --delete 7");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--days"), command, "days")
                        .description("How many days back (default 28).")
                        .paramLabel("N")
                        .type(int.class)
                        .defaultValue("28")
                        .withToString("field int org.runmuscle.app.strength.LogsCommand.days")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--delete"), command, "delete")
                        .description("Deletes the session with this id, with its sets and loads.")
                        .paramLabel("ID")
                        .type(Long.class)
                        .withToString("field Long org.runmuscle.app.strength.LogsCommand.delete")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec importCommand() {
        ImportCommand command = Bindings.create(ImportCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("import");
        spec.usageMessage()
                .description(
                        "Imports every FIT, GPX and TCX file (gzipped too) under the folders, files and "
                                + "zips given into the history, analysing each run's muscle load. Zips are read "
                                + "whole: Strava's 'download your data' archive (names, types and gear from its "
                                + "activities.csv), Garmin's account export (zips in a zip; sleep and monitoring "
                                + "files are skipped) and single-activity zips.",
                        "",
                        "Importing again adds nothing: a file's content is its identity, and the same run "
                                + "exported twice (FIT and GPX) is recognised by its start and distance and kept "
                                + "once. Each file is saved in one transaction, so an import that is stopped leaves "
                                + "the history consistent.",
                        "",
                        "Each file is listed as imported, duplicate, already imported, skipped (not an "
                                + "activity) or refused with its reason; good files are kept whatever their "
                                + "neighbours are. Exit code 2 when any file was refused (the others are imported "
                                + "all the same).")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle import ~/watch-exports",
                        "  runmuscle import export_12345678.zip",
                        "  runmuscle import run.fit --db /tmp/test.db",
                        "  runmuscle import anna-runmuscle-2026-12-01.zip    (an archive from 'runmuscle "
                                + "export': restored)");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "paths")
                        .index("*")
                        .arity("1..*")
                        .description("Folders, files or zips.")
                        .paramLabel("PATH")
                        .type(List.class)
                        .auxiliaryTypes(Path.class)
                        .required(true)
                        .withToString(
                                "field java.util.List<java.nio.file.Path> "
                                        + "org.runmuscle.app.history.ImportCommand.paths")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("format", formatOption(Bindings.mixin(command, "format"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec athleteCommand() {
        AthleteCommand command = Bindings.create(AthleteCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("athlete");
        spec.usageMessage()
                .description(
                        "Shows or sets an athlete's profile used by analysis, imports and plans: body "
                                + "mass, training level, equipment, heart rates, time zone and units. Options not "
                                + "given keep their value. 'runmuscle athletes' adds, renames and removes athletes.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle athlete",
                        "  runmuscle athlete --mass 68 --level intermediate --equipment "
                                + "none,band,dumbbells",
                        "  runmuscle athlete --athlete Anna --hr-max 188 --hr-rest 46 --time-zone "
                                + "Europe/Berlin --units km");
        Bindings.inject(command, "spec", spec);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--mass"), command, "mass")
                        .description("Body mass, 20 to 250 kg.")
                        .paramLabel("KG")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.history.AthleteCommand.mass")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--level"), command, "level")
                        .description("beginner, intermediate or advanced.")
                        .paramLabel("LEVEL")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.AthleteCommand.level")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--equipment"), command, "equipment")
                        .description("Equipment, comma-separated (see 'runmuscle plan --help').")
                        .paramLabel("LIST")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.AthleteCommand.equipment")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--hr-max"), command, "hrMax")
                        .description("Maximum heart rate, 100 to 240.")
                        .paramLabel("BPM")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.history.AthleteCommand.hrMax")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--hr-rest"), command, "hrRest")
                        .description("Resting heart rate, 25 to 120.")
                        .paramLabel("BPM")
                        .type(Double.class)
                        .withToString("field Double org.runmuscle.app.history.AthleteCommand.hrRest")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--time-zone"), command, "timeZone")
                        .description("Where they live, e.g. Europe/Berlin.")
                        .paramLabel("ZONE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.AthleteCommand.timeZone")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--units"), command, "units")
                        .description("km or mi.")
                        .paramLabel("UNITS")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.AthleteCommand.units")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--format"), command, "format")
                        .description("table (default) or json.")
                        .paramLabel("FORMAT")
                        .type(OutputFormat.class)
                        .converters(Bindings.create(OutputFormat.Converter.class))
                        .defaultValue("table")
                        .withToString(
                                "field org.runmuscle.app.cli.OutputFormat "
                                        + "org.runmuscle.app.history.AthleteCommand.format")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec athletesCommand() {
        AthletesCommand command = Bindings.create(AthletesCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("athletes");
        spec.usageMessage()
                .description(
                        "Lists the athletes of the history with their last run and today's readiness; "
                                + "'athletes add', 'rename' and 'remove' manage them. Every history command takes "
                                + "--athlete NAME.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle athletes",
                        "  runmuscle athletes add Anna",
                        "  runmuscle import --athlete Anna anna-export.zip",
                        "  runmuscle athletes rename me Ben",
                        "  runmuscle athletes remove Anna");
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        spec.addSubcommand("add", new CommandLine(athletesCommandAdd()));
        spec.addSubcommand("rename", new CommandLine(athletesCommandRename()));
        spec.addSubcommand("remove", new CommandLine(athletesCommandRemove()));
        return spec;
    }

    private static CommandSpec athletesCommandAdd() {
        Object command = Bindings.create("org.runmuscle.app.athletes.AthletesCommand$Add");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("add");
        spec.usageMessage()
                .description(
                        "Adds an athlete with an empty history; 'runmuscle athlete --athlete NAME' sets "
                                + "the profile.");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .description("Unique in the history whatever its case, 1 to 60 characters.")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.athletes.AthletesCommand$Add.name")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec athletesCommandRename() {
        Object command = Bindings.create("org.runmuscle.app.athletes.AthletesCommand$Rename");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("rename");
        spec.usageMessage()
                .description("Renames an athlete; their history stays.");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0")
                        .description("The athlete's name now.")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.athletes.AthletesCommand$Rename.name")
                        .build());
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "newName")
                        .index("1")
                        .description("Their new name.")
                        .paramLabel("NEW_NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.athletes.AthletesCommand$Rename.newName")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec athletesCommandRemove() {
        Object command = Bindings.create("org.runmuscle.app.athletes.AthletesCommand$Remove");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("remove");
        spec.usageMessage()
                .description(
                        "Removes an athlete and everything of theirs: files, activities and loads. It "
                                + "asks for the name to be typed again unless --yes is given.");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .description("The athlete to remove.")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.athletes.AthletesCommand$Remove.name")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--yes"), command, "yes")
                        .description("Do not ask; for scripts.")
                        .paramLabel("<yes>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.athletes.AthletesCommand$Remove.yes")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec userCommand() {
        UserCommand command = Bindings.create(UserCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("user");
        spec.usageMessage()
                .description(
                        "Manages the accounts of a shared server: 'user add', 'list', 'remove', "
                                + "'password'. Once an account exists, 'serve' asks every browser and script to log "
                                + "in.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle user add --admin root",
                        "  runmuscle user add carla --role coach",
                        "  runmuscle user add anna --role athlete      (the athlete 'anna', added if new)",
                        "  printf '%%s\\n' \"$PW\" | runmuscle user add ben --role athlete "
                                + "--password-stdin");
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        spec.addSubcommand("add", new CommandLine(userCommandAdd()));
        spec.addSubcommand("list", new CommandLine(userCommandListAccounts()));
        spec.addSubcommand("remove", new CommandLine(userCommandRemove()));
        spec.addSubcommand("password", new CommandLine(userCommandReset()));
        return spec;
    }

    private static CommandSpec userCommandAdd() {
        Object command = Bindings.create("org.runmuscle.app.account.UserCommand$Add");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("add");
        spec.usageMessage()
                .description("Adds an account; asks for its password.");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .description("The login name, 1 to 60 characters.")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.account.UserCommand$Add.name")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--admin"), command, "admin")
                        .description("An administrator (same as --role admin).")
                        .paramLabel("<admin>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.account.UserCommand$Add.admin")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--role"), command, "role")
                        .description("admin, coach or athlete (default athlete).")
                        .paramLabel("ROLE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.account.UserCommand$Add.role")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--athlete"), command, "athlete")
                        .description(
                                "For an athlete account: which athlete of the history it is (default: its "
                                        + "own name; added when new).")
                        .paramLabel("NAME")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.account.UserCommand$Add.athlete")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--password-stdin"), command, "passwordStdin")
                        .description("Read the password from standard input, for scripts.")
                        .paramLabel("<passwordStdin>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.account.UserCommand$Add.passwordStdin")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec userCommandListAccounts() {
        Object command = Bindings.create("org.runmuscle.app.account.UserCommand$ListAccounts");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("list");
        spec.usageMessage()
                .description("Lists the accounts and their roles.");
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec userCommandRemove() {
        Object command = Bindings.create("org.runmuscle.app.account.UserCommand$Remove");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("remove");
        spec.usageMessage()
                .description("Removes an account, its sessions and tokens (an athlete's history stays).");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.account.UserCommand$Remove.name")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec userCommandReset() {
        Object command = Bindings.create("org.runmuscle.app.account.UserCommand$Reset");
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("password");
        spec.usageMessage()
                .description("Sets an account's password (asks for it) and ends its sessions.");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "name")
                        .index("0+")
                        .paramLabel("NAME")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.account.UserCommand$Reset.name")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--password-stdin"), command, "passwordStdin")
                        .description("Read the password from standard input, for scripts.")
                        .paramLabel("<passwordStdin>")
                        .type(boolean.class)
                        .withToString("field boolean org.runmuscle.app.account.UserCommand$Reset.passwordStdin")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec runsCommand() {
        RunsCommand command = Bindings.create(RunsCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("runs");
        spec.usageMessage()
                .description("Lists imported activities, oldest first.")
                .footer("", "Examples:", "  runmuscle runs", "  runmuscle runs --since 2026-01-01 --format json");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--since"), command, "since")
                        .description("Only activities from this day on (YYYY-MM-DD, UTC).")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.RunsCommand.since")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec runCommand() {
        RunCommand command = Bindings.create(RunCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("run");
        spec.usageMessage()
                .description(
                        "Shows one imported activity with its muscle analysis, re-derived from its stored "
                                + "samples.")
                .footer("", "Examples:", "  runmuscle run 12", "  runmuscle run 12 --format json");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "id")
                        .index("0+")
                        .description("An id from 'runmuscle runs'.")
                        .paramLabel("ID")
                        .type(long.class)
                        .required(true)
                        .withToString("field long org.runmuscle.app.history.RunCommand.id")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec editCommand() {
        EditCommand command = Bindings.create(EditCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("edit");
        spec.usageMessage()
                .description(
                        "Corrects an imported activity's sport or name. An activity that becomes a run is "
                                + "analysed at once; one that stops being a run leaves the muscle loads.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle edit 12 --sport cycling",
                        "  runmuscle edit 12 --name \"Parkrun, new PB\"");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "id")
                        .index("0+")
                        .description("An id from 'runmuscle runs'.")
                        .paramLabel("ID")
                        .type(long.class)
                        .required(true)
                        .withToString("field long org.runmuscle.app.history.EditCommand.id")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--sport"), command, "sport")
                        .description("running, walking, hiking, cycling, swimming, transition, generic or other.")
                        .paramLabel("SPORT")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.EditCommand.sport")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--name"), command, "name")
                        .description("The activity's title, up to 200 characters.")
                        .paramLabel("TEXT")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.EditCommand.name")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec deleteCommand() {
        DeleteCommand command = Bindings.create(DeleteCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("delete");
        spec.usageMessage()
                .description(
                        "Deletes activities from the history, with their muscle loads. Importing the same "
                                + "file again does not bring them back.")
                .footer("", "Examples:", "  runmuscle delete 12", "  runmuscle delete 12 13 14");
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "ids")
                        .index("*")
                        .arity("1..*")
                        .description("Ids from 'runmuscle runs'.")
                        .paramLabel("ID")
                        .type(List.class)
                        .auxiliaryTypes(Long.class)
                        .required(true)
                        .withToString("field java.util.List<Long> org.runmuscle.app.history.DeleteCommand.ids")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec exportCommand() {
        ExportCommand command = Bindings.create(ExportCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("export");
        spec.usageMessage()
                .description(
                        "Writes one athlete's whole history to one zip: the profile, the original "
                                + "recordings, every activity with its corrections (runmuscle-export.json), and the "
                                + "samples as CSV of runs imported before originals were kept. 'runmuscle import "
                                + "ARCHIVE' restores it into any database.")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle export --athlete Anna",
                        "  runmuscle export --athlete Anna --output anna.zip",
                        "  runmuscle import anna.zip --db jdbc:postgresql://server/runmuscle    (a move "
                                + "to a server)");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--output"), command, "output")
                        .description(
                                "Where to write it (default NAME-runmuscle-DATE.zip in the current "
                                        + "folder). An existing file is not overwritten.")
                        .paramLabel("FILE")
                        .type(Path.class)
                        .withToString("field java.nio.file.Path org.runmuscle.app.history.ExportCommand.output")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("format", formatOption(Bindings.mixin(command, "format"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec historyCommand() {
        HistoryCommand command = Bindings.create(HistoryCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("history");
        spec.usageMessage()
                .description(
                        "Shows, per muscle, what running and strength work have asked of it: load per day "
                                + "(a sparkline), the last 7 and 28 days and their ratio, readiness (100 %% = fully "
                                + "recovered) and the risk of soreness, with the runs that caused them; then the "
                                + "whole-body load with fitness, fatigue and form.",
                        "",
                        "Readiness and soreness come from a recovery model whose constants are estimates: "
                                + "fatigue from shortening work fades in about a day, from lengthening (eccentric) "
                                + "work in about three; soreness peaks a day or two after unaccustomed eccentric "
                                + "work, less if the muscle did the same work in the weeks before.")
                .footer("", "Examples:", "  runmuscle history", "  runmuscle history --days 90 --format json");
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--days"), command, "days")
                        .description("Days to show, 1 to 3650 (default 42).")
                        .paramLabel("N")
                        .type(int.class)
                        .defaultValue("42")
                        .withToString("field int org.runmuscle.app.history.HistoryCommand.days")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--as-of"), command, "asOf")
                        .description("The day to evaluate (YYYY-MM-DD; default today in the athlete's time zone).")
                        .paramLabel("DATE")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.history.HistoryCommand.asOf")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--work"), command, "work")
                        .description("What to count: all (default), running or strength.")
                        .paramLabel("WORK")
                        .type(String.class)
                        .defaultValue("all")
                        .withToString("field String org.runmuscle.app.history.HistoryCommand.work")
                        .build());
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec reanalyzeCommand() {
        ReanalyzeCommand command = Bindings.create(ReanalyzeCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("reanalyze");
        spec.usageMessage()
                .description(
                        "Recomputes every stored run's muscle loads from its samples with this "
                                + "runmuscle's model and the athlete's body mass, one run per transaction.")
                .footer("", "Example:", "  runmuscle reanalyze");
        Bindings.inject(command, "spec", spec);
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("athlete", athleteOption(Bindings.mixin(command, "athlete"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec serveCommand() {
        ServeCommand command = Bindings.create(ServeCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("serve");
        spec.usageMessage()
                .description(
                        "Starts the web app and the REST API (under /api/v1, described at "
                                + "/api/v1/openapi.json) and prints the address. It listens on 127.0.0.1 only "
                                + "unless --host says otherwise. Ctrl-C stops it.")
                .footer("", "Examples:", "  runmuscle serve", "  runmuscle serve --port 8080 --db /srv/runmuscle.db");
        Bindings.inject(command, "spec", spec);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--port"), command, "port")
                        .description("Port, 1 to 65535, or 0 for any free one (default 7070).")
                        .paramLabel("PORT")
                        .type(int.class)
                        .defaultValue("7070")
                        .withToString("field int org.runmuscle.app.serve.ServeCommand.port")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--host"), command, "host")
                        .description("Address to listen on (default 127.0.0.1; 0.0.0.0 exposes it to the network).")
                        .paramLabel("ADDRESS")
                        .type(String.class)
                        .defaultValue("127.0.0.1")
                        .withToString("field String org.runmuscle.app.serve.ServeCommand.host")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--max-upload-mib"), command, "maxUploadMib")
                        .description(
                                "Largest file accepted in an upload (an activity or a whole export zip), "
                                        + "1 to 4096 MiB (default 1024). A request may carry four files of that "
                                        + "size.")
                        .paramLabel("MIB")
                        .type(int.class)
                        .defaultValue("1024")
                        .withToString("field int org.runmuscle.app.serve.ServeCommand.maxUploadMib")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--allowed-host"), command, "allowedHosts")
                        .description(
                                "A host name the server is reached by, besides the address it listens on "
                                        + "and localhost (a reverse proxy's name, a LAN name); repeatable. Requests "
                                        + "for any other host are refused, which stops DNS rebinding.")
                        .paramLabel("NAME")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .withToString("field java.util.List<String> org.runmuscle.app.serve.ServeCommand.allowedHosts")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--trusted-proxy"), command, "trustedProxies")
                        .description(
                                "The address of a reverse proxy in front of the server (e.g. 127.0.0.1), "
                                        + "whose X-Forwarded-For and X-Forwarded-Proto are believed; repeatable. "
                                        + "From anyone else they are ignored.")
                        .paramLabel("ADDRESS")
                        .type(List.class)
                        .auxiliaryTypes(String.class)
                        .withToString(
                                "field java.util.List<String> org.runmuscle.app.serve.ServeCommand.trusted"
                                        + "Proxies")
                        .build());
        spec.addMixin("database", dbOption(Bindings.mixin(command, "database"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec validateCommand() {
        ValidateCommand command = Bindings.create(ValidateCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("validate");
        spec.usageMessage()
                .description(
                        "Checks the muscle model against every published result runmuscle knows: level "
                                + "forces and their timing, speed, grade, step rate, recovery and contraction type. "
                                + "One row each: the source, the condition, the quantity, the published value, the "
                                + "model's value and whether they agree. Rows the model does not yet meet stay in "
                                + "the table as known disagreements, with the reason.")
                .footer("", "Examples:", "  runmuscle validate", "  runmuscle validate --format json");
        spec.addMixin("output", formatOption(Bindings.mixin(command, "output"), spec));
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec benchCommand() {
        BenchCommand command = Bindings.create(BenchCommand.class);
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name("bench");
        spec.usageMessage()
                .description(
                        "Throughput benchmarks on real files, printed as one JSON line. 'decode' reads "
                                + "every activity file in DIR (decode, clean, one activity per session) over and "
                                + "over after a warm-up; 'analyze' reads them and runs the muscle-load model on "
                                + "every running activity (samplesPerSecond counts the points of those activities); "
                                + "'import' copies the files of DIR, moved in time, until they hold --runs runs "
                                + "spread over one year, imports them into a fresh SQLite file, logs "
                                + "--strength-per-week strength sessions a week through the year, then times "
                                + "'history --days 365' and 'plan' over them; 'export' writes a Strava-shaped "
                                + "archive of --megabytes from the files of DIR, imports it into a fresh SQLite "
                                + "file and again (run it with -Xmx256m to check the import fits that heap).")
                .footer(
                        "",
                        "Examples:",
                        "  runmuscle bench decode ../shared/data/activities/fit",
                        "  runmuscle bench decode ../shared/data/activities --seconds 10",
                        "  runmuscle bench analyze ../shared/data/activities/fit",
                        "  runmuscle bench import ../shared/data/activities --runs 1000",
                        "  java -Xmx256m -jar app/target/runmuscle.jar bench export "
                                + "../shared/data/activities --megabytes 1024");
        Bindings.inject(command, "spec", spec);
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "what")
                        .index("0")
                        .description("decode, analyze, import or export")
                        .paramLabel("WHAT")
                        .type(String.class)
                        .required(true)
                        .withToString("field String org.runmuscle.app.bench.BenchCommand.what")
                        .build());
        spec.addPositional(
                Bindings.arg(PositionalParamSpec.builder(), command, "folder")
                        .index("1")
                        .description("A folder of recordings.")
                        .paramLabel("DIR")
                        .type(Path.class)
                        .required(true)
                        .withToString("field java.nio.file.Path org.runmuscle.app.bench.BenchCommand.folder")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--seconds"), command, "seconds")
                        .description("Measured seconds (default 5).")
                        .paramLabel("<seconds>")
                        .type(double.class)
                        .defaultValue("5")
                        .withToString("field double org.runmuscle.app.bench.BenchCommand.seconds")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--warmup"), command, "warmup")
                        .description(
                                "The longest warm-up in seconds (default 30): rounds of passes, not "
                                        + "measured, until two rounds in a row have median pass times within 3 %% "
                                        + "(the JIT has settled); 0 for none.")
                        .paramLabel("<warmup>")
                        .type(double.class)
                        .defaultValue("30")
                        .withToString("field double org.runmuscle.app.bench.BenchCommand.warmup")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--runs"), command, "runs")
                        .description("import: runs to build and import, 1 to 100000 (default 1000).")
                        .paramLabel("<runs>")
                        .type(int.class)
                        .defaultValue("1000")
                        .withToString("field int org.runmuscle.app.bench.BenchCommand.runs")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--strength-per-week"), command, "strengthPerWeek")
                        .description("import: strength sessions logged a week through the year, 0 to 5 (default 3).")
                        .paramLabel("<strengthPerWeek>")
                        .type(int.class)
                        .defaultValue("3")
                        .withToString("field int org.runmuscle.app.bench.BenchCommand.strengthPerWeek")
                        .build());
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--megabytes"), command, "megabytes")
                        .description("export: size of the archive to build, 1 to 16384 MiB (default 1024).")
                        .paramLabel("<megabytes>")
                        .type(long.class)
                        .defaultValue("1024")
                        .withToString("field long org.runmuscle.app.bench.BenchCommand.megabytes")
                        .build());
        spec.addMixin("mixinStandardHelpOptions", RunmuscleCommand.standardHelp());
        return spec;
    }

    private static CommandSpec formatOption(Object mixin, CommandSpec mixee) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin);
        Bindings.inject(mixin, "command", mixee);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--format"), mixin, "format")
                        .description("table (default, for reading) or json (for programs).")
                        .paramLabel("FORMAT")
                        .type(OutputFormat.class)
                        .converters(Bindings.create(OutputFormat.Converter.class))
                        .defaultValue("table")
                        .withToString(
                                "field org.runmuscle.app.cli.OutputFormat "
                                        + "org.runmuscle.app.cli.FormatOption.format")
                        .build());
        return spec;
    }

    private static CommandSpec dbOption(Object mixin, CommandSpec mixee) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--db"), mixin, "db")
                        .description(
                                "The history database: a SQLite file (default ~/.runmuscle/runmuscle.db, "
                                        + "or RUNMUSCLE_DB) or a PostgreSQL URL: jdbc:postgresql://HOST/DB (user "
                                        + "and password from RUNMUSCLE_DB_USER and RUNMUSCLE_DB_PASSWORD) or "
                                        + "postgresql://USER:PASSWORD@HOST/DB.")
                        .paramLabel("PATH|URL")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.cli.DbOption.db")
                        .build());
        return spec;
    }

    private static CommandSpec athleteOption(Object mixin, CommandSpec mixee) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin);
        spec.addOption(
                Bindings.arg(OptionSpec.builder("--athlete"), mixin, "name")
                        .description(
                                "Whose history (default RUNMUSCLE_ATHLETE, or the only athlete of the "
                                        + "history; 'runmuscle athletes' lists them).")
                        .paramLabel("NAME")
                        .type(String.class)
                        .withToString("field String org.runmuscle.app.cli.AthleteOption.name")
                        .build());
        return spec;
    }
}
