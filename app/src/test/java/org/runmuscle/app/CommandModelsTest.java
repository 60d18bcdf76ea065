package org.runmuscle.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IAnnotatedElement;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Spec;

/**
 * {@link CommandModels} is written by this test from the commands' annotations, which stay the
 * reference: run it with {@code -Drunmuscle.writeModels=true} after changing an option, and it
 * checks that the file it would write is the one there, and that every model the file builds is
 * the one picocli builds from the annotations, attribute by attribute and in its help at every
 * width.
 */
class CommandModelsTest {
    private static final Path SOURCE = Path.of("src/main/java/org/runmuscle/app/CommandModels.java");

    @Test
    void theGeneratedSourceIsTheAnnotations() throws IOException {
        String generated = source();
        if (Boolean.getBoolean("runmuscle.writeModels")) {
            Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
                .as("CommandModels.java is out of date: run this test with -Drunmuscle.writeModels=true")
                .isEqualTo(generated);
    }

    static Stream<String> commands() {
        return RunmuscleCommand.SUBCOMMANDS.stream().map(c -> annotated(c).getCommandName());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyModelIsItsAnnotations(String name) throws IOException {
        Class<?> type = RunmuscleCommand.SUBCOMMANDS.stream()
                .filter(c -> annotated(c).getCommandName().equals(name))
                .findFirst()
                .orElseThrow();
        CommandLine built = new CommandLine(CommandModels.named(name));
        String expected = describe(annotated(type));
        String actual = describe(built);
        if (!actual.equals(expected)) {
            // the whole of both, for a diff: the assertion's message is too long to read
            Path folder = Files.createDirectories(Path.of("target/command-models"));
            Files.writeString(folder.resolve(name + ".annotated"), expected, StandardCharsets.UTF_8);
            Files.writeString(folder.resolve(name + ".generated"), actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(expected);
        for (String alias : built.getCommandSpec().aliases()) {
            assertThat(CommandModels.named(alias).name()).isEqualTo(name);
        }
    }

    @Test
    void aNameOfNoCommandHasNoModel() {
        assertThat(CommandModels.named("muscel")).isNull();
        assertThat(CommandModels.named("")).isNull();
    }

    private static CommandLine annotated(Class<?> type) {
        return new CommandLine(type);
    }

    // ---- what the test compares: everything picocli says of a command, its arguments and subcommands

    private static String describe(CommandLine line) {
        StringBuilder text = new StringBuilder();
        describe(line, text);
        return text.toString();
    }

    private static void describe(CommandLine line, StringBuilder text) {
        CommandSpec spec = line.getCommandSpec();
        text.append("command ").append(spec.qualifiedName()).append('\n');
        text.append(" aliases ").append(Arrays.toString(spec.aliases())).append('\n');
        for (int width : new int[] {55, 80, 120, 160}) {
            text.append(" help ").append(width).append('\n');
            text.append(new CommandLine(spec).setUsageHelpWidth(width).getUsageMessage());
        }
        text.append(" usage ").append(properties(spec.usageMessage())).append('\n');
        text.append(" parser ").append(properties(spec.parser())).append('\n');
        text.append(" mixins ").append(spec.mixins().keySet()).append('\n');
        for (Map.Entry<String, CommandSpec> mixin : spec.mixins().entrySet()) {
            text.append(" mixin ").append(mixin.getKey()).append(' ');
            text.append(mixin.getValue().args().stream().map(ArgSpec::toString).toList())
                    .append('\n');
        }
        for (String method : List.of(
                "version",
                "exitCodeOnSuccess",
                "exitCodeOnUsageHelp",
                "exitCodeOnVersionHelp",
                "exitCodeOnInvalidInput",
                "exitCodeOnExecutionException",
                "helpCommand",
                "interpolateVariables",
                "isAddMethodSubcommands",
                "inherited",
                "scopeType",
                "subcommandsRepeatable",
                "resourceBundleBaseName",
                "defaultValueProvider",
                "versionProvider",
                "negatableOptionTransformer",
                "requiredArgs")) {
            text.append(' ')
                    .append(method)
                    .append(' ')
                    .append(render(call(spec, method)))
                    .append('\n');
        }
        for (ArgSpec arg : spec.args()) {
            text.append(" arg ")
                    .append(arg.isOption() ? "option" : "positional")
                    .append(' ');
            text.append(properties(arg)).append('\n');
            text.append("  initial ").append(render(arg.initialValue())).append('\n');
        }
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            text.append(" subcommand ").append(sub.getKey()).append('\n');
            describe(sub.getValue(), text);
        }
    }

    /** Every public no-argument getter of a picocli model object, by name, rendered by value. */
    private static String properties(Object model) {
        return Arrays.stream(model.getClass().getMethods())
                .filter(m -> m.getParameterCount() == 0
                        && m.getReturnType() != void.class
                        && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass().getName().startsWith("picocli.")
                        && !IGNORED.contains(m.getName()))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> m.getName() + "=" + render(call(model, m.getName())))
                .collect(Collectors.joining(" "));
    }

    /**
     * Getters that name objects, not values: the model's owners and bindings, which differ between
     * the two by design (an annotated field's binding is picocli's, a built one's is Bindings').
     */
    private static final List<String> IGNORED = List.of(
            "userObject",
            "getter",
            "setter",
            "scope",
            "command",
            "group",
            "commandSpec",
            "messages",
            "hashCode",
            "initialValue",
            "root",
            "argGroupSpec",
            "parent",
            "commandLine",
            "typeInfo",
            "annotatedElement");

    private static Object call(Object target, String method) {
        try {
            Method m = target.getClass().getMethod(method);
            m.setAccessible(true);
            return m.invoke(target);
        } catch (ReflectiveOperationException e) {
            return "(" + e.getClass().getSimpleName() + ")";
        }
    }

    private static String render(Object value) {
        if (value == null) {
            return "null";
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<String> items = new ArrayList<>();
            for (int i = 0; i < length; i++) {
                items.add(render(Array.get(value, i)));
            }
            return items.toString();
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(CommandModelsTest::render).toList().toString();
        }
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().map(CommandModelsTest::render).toList().toString();
        }
        if (value instanceof Iterable<?> items) {
            List<String> all = new ArrayList<>();
            items.forEach(i -> all.add(render(i)));
            return all.toString();
        }
        if (value instanceof Class<?> type) {
            return type.getName();
        }
        // an object's identity at the end of its text is not what the two models can agree on
        return value.toString().replaceAll("@[0-9a-f]+$|@[0-9]+$", "@");
    }

    // ---- the generator

    /** The source of {@code CommandModels}: one method per command that builds its annotations' model. */
    static String source() {
        IMPORTS.clear();
        MIXINS.clear();
        for (Class<?> type :
                List.of(CommandLine.class, CommandSpec.class, OptionSpec.class, PositionalParamSpec.class)) {
            IMPORTS.put(type.getSimpleName(), type);
        }
        StringBuilder java = new StringBuilder();
        java.append("""
                    private CommandModels() {}

                    /** The model of the subcommand called {@code name} (or one of its aliases), or null if none is. */
                    static CommandSpec named(String name) {
                        return switch (name) {
                """);
        List<Class<?>> all = new ArrayList<>();
        for (Class<?> type : RunmuscleCommand.SUBCOMMANDS) {
            CommandSpec spec = annotated(type).getCommandSpec();
            List<String> names = new ArrayList<>();
            names.add(spec.name());
            names.addAll(List.of(spec.aliases()));
            java.append("            case ")
                    .append(names.stream().map(CommandModelsTest::literal).collect(Collectors.joining(", ")))
                    .append(" -> ")
                    .append(methodName(type))
                    .append("();\n");
            collect(annotated(type), all);
        }
        java.append("            default -> null;\n        };\n    }\n");
        for (Class<?> type : all) {
            java.append('\n');
            method(annotated(type), java);
        }
        for (CommandSpec mixin : MIXINS.values()) {
            java.append('\n');
            mixinMethod(mixin, java);
        }
        java.append("}\n");
        String imports = IMPORTS.values().stream()
                .map(type -> "import " + type.getCanonicalName() + ";\n")
                .sorted()
                .collect(Collectors.joining());
        return """
                package org.runmuscle.app;

                """ + imports + """

                /**
                 * Each subcommand's picocli model, built from its annotations' values without reading them:
                 * the first annotation a process reads costs the JDK 25-37 ms of start-up, and a command
                 * reads dozens (docs/benchmarks.md). Written by {@code CommandModelsTest} from the
                 * annotations, which stay the reference; do not edit by hand. It must be one piece: it is
                 * generated whole, and the test compares it whole.
                 */
                final class CommandModels {
                """ + java;
    }

    /** The classes the source imports, by simple name. */
    private static final Map<String, Class<?>> IMPORTS = new TreeMap<>();

    /**
     * How the source names the visible class {@code type}, importing its outermost class; null
     * when another class of the same simple name is imported.
     */
    private static String simpleName(Class<?> type) {
        Class<?> top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        String packageName = top.getPackageName();
        if (!packageName.equals("java.lang") && !packageName.equals(CommandModelsTest.class.getPackageName())) {
            Class<?> had = IMPORTS.putIfAbsent(top.getSimpleName(), top);
            if (had != null && had != top) {
                return null;
            }
        }
        return type.getCanonicalName().substring(packageName.length() + 1);
    }

    /** A visible class that can be named by its simple name; otherwise one read by its binary name. */
    private static boolean named(Class<?> type) {
        return visible(type) && simpleName(type) != null;
    }

    private static void collect(CommandLine line, List<Class<?>> all) {
        all.add(line.getCommandSpec().userObject().getClass());
        line.getSubcommands().values().forEach(sub -> collect(sub, all));
    }

    private static void method(CommandLine line, StringBuilder java) {
        CommandSpec spec = line.getCommandSpec();
        Class<?> type = spec.userObject().getClass();
        java.append("    private static CommandSpec ").append(methodName(type)).append("() {\n");
        java.append("        ")
                .append(named(type) ? simpleName(type) : "Object")
                .append(" command = Bindings.create(")
                .append(named(type) ? simpleName(type) + ".class" : literal(type.getName()))
                .append(");\n");
        java.append("        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(")
                .append(literal(spec.name()))
                .append(")");
        if (spec.aliases().length > 0) {
            java.append(".aliases(").append(literals(spec.aliases())).append(")");
        }
        java.append(";\n");
        java.append("        spec.usageMessage()");
        appendStrings(java, "\n                ", "header", spec.usageMessage().header());
        appendStrings(
                java, "\n                ", "description", spec.usageMessage().description());
        appendStrings(java, "\n                ", "footer", spec.usageMessage().footer());
        java.append(";\n");
        injectSpecs(spec, "command", "spec", "spec", java);

        // the arguments in picocli's order, each mixin where its first argument comes
        Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
        spec.mixins().forEach((name, mixin) -> mixin.args().forEach(arg -> mixinOf.put(arg, name)));
        List<String> added = new ArrayList<>();
        for (ArgSpec arg : spec.args()) {
            String mixin = mixinOf.get(arg);
            if (mixin == null) {
                java.append("        spec.add")
                        .append(arg.isOption() ? "Option" : "Positional")
                        .append("(");
                arg(arg, "command", java);
                java.append(");\n");
            } else if (!added.contains(mixin)) {
                added.add(mixin);
                mixin(spec, mixin, java);
            }
        }
        for (String mixin : spec.mixins().keySet()) {
            if (!added.contains(mixin)) {
                added.add(mixin);
                mixin(spec, mixin, java);
            }
        }
        for (Map.Entry<String, CommandLine> sub : line.getSubcommands().entrySet()) {
            java.append("        spec.addSubcommand(")
                    .append(literal(sub.getKey()))
                    .append(", new CommandLine(")
                    .append(methodName(
                            sub.getValue().getCommandSpec().userObject().getClass()))
                    .append("()));\n");
        }
        java.append("        return spec;\n    }\n");
    }

    /** Adds the mixin {@code name} of {@code spec}, built by its class's method (one, after the commands). */
    private static void mixin(CommandSpec spec, String name, StringBuilder java) {
        if (name.equals("mixinStandardHelpOptions")) {
            java.append("        spec.addMixin(\"mixinStandardHelpOptions\", RunmuscleCommand.standardHelp());\n");
            return;
        }
        CommandSpec mixin = spec.mixins().get(name);
        MIXINS.putIfAbsent(mixin.userObject().getClass(), mixin);
        java.append("        spec.addMixin(")
                .append(literal(name))
                .append(", ")
                .append(methodName(mixin.userObject().getClass()))
                .append("(Bindings.mixin(command, ")
                .append(literal(spec.mixinAnnotatedElements().get(name).getName()))
                .append("), spec));\n");
    }

    /** The mixins' classes met so far, each with one of its models. */
    private static final Map<Class<?>, CommandSpec> MIXINS = new LinkedHashMap<>();

    /** The method that builds a mixin's model for one instance and the command it is mixed into. */
    private static void mixinMethod(CommandSpec mixin, StringBuilder java) {
        java.append("    private static CommandSpec ")
                .append(methodName(mixin.userObject().getClass()))
                .append("(Object mixin, CommandSpec mixee) {\n");
        java.append("        CommandSpec spec = CommandSpec.wrapWithoutInspection(mixin);\n");
        injectSpecs(mixin, "mixin", "spec", "mixee", java);
        for (ArgSpec arg : mixin.args()) {
            java.append("        spec.add")
                    .append(arg.isOption() ? "Option" : "Positional")
                    .append("(");
            arg(arg, "mixin", java);
            java.append(");\n");
        }
        java.append("        return spec;\n    }\n");
    }

    private static void injectSpecs(CommandSpec spec, String owner, String self, String mixee, StringBuilder java) {
        for (IAnnotatedElement element : spec.specElements()) {
            Spec annotation = element.getAnnotation(Spec.class);
            java.append("        Bindings.inject(")
                    .append(owner)
                    .append(", ")
                    .append(literal(element.getName()))
                    .append(", ")
                    .append(annotation.value() == Spec.Target.MIXEE ? mixee : self)
                    .append(");\n");
        }
    }

    private static void arg(ArgSpec arg, String owner, StringBuilder java) {
        Field field = (Field) arg.userObject();
        String builder;
        if (arg instanceof OptionSpec option) {
            builder = "OptionSpec.builder(" + literals(option.toBuilder().names()) + ")";
        } else {
            builder = "PositionalParamSpec.builder()";
        }
        java.append("\n                Bindings.arg(")
                .append(builder)
                .append(", ")
                .append(owner)
                .append(", ")
                .append(literal(field.getName()))
                .append(")");
        if (arg instanceof PositionalParamSpec positional && !positional.index().isUnspecified()) {
            java.append("\n                        .index(")
                    .append(literal(positional.index().originalValue()))
                    .append(")");
        }
        if (!arg.arity().isUnspecified()) {
            java.append("\n                        .arity(")
                    .append(literal(arg.arity().originalValue()))
                    .append(")");
        }
        appendStrings(java, "\n                        ", "description", raw(arg).description());
        java.append("\n                        .paramLabel(")
                .append(literal(raw(arg).paramLabel()))
                .append(")");
        java.append("\n                        .type(")
                .append(classLiteral(arg.type()))
                .append(")");
        if (!Arrays.equals(arg.auxiliaryTypes(), new Class<?>[] {arg.type()})) {
            java.append("\n                        .auxiliaryTypes(")
                    .append(Arrays.stream(arg.auxiliaryTypes())
                            .map(CommandModelsTest::classLiteral)
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (arg.converters().length > 0) {
            java.append("\n                        .converters(")
                    .append(Arrays.stream(arg.converters())
                            .map(c -> named(c.getClass())
                                    ? "Bindings.create(" + simpleName(c.getClass()) + ".class)"
                                    : "Bindings.converter("
                                            + literal(c.getClass().getName()) + ")")
                            .collect(Collectors.joining(", ")))
                    .append(")");
        }
        if (!arg.descriptionKey().isEmpty()) {
            java.append("\n                        .descriptionKey(")
                    .append(literal(arg.descriptionKey()))
                    .append(")");
        }
        if (arg.interactive() || !arg.prompt().isEmpty()) {
            throw new IllegalStateException(arg + ": interactive options are not generated yet");
        }
        if (raw(arg).defaultValue() != null) {
            java.append("\n                        .defaultValue(")
                    .append(literal(raw(arg).defaultValue()))
                    .append(")");
        }
        if (arg.required()) {
            java.append("\n                        .required(true)");
        }
        if (arg.hidden()) {
            java.append("\n                        .hidden(true)");
        }
        if (arg instanceof OptionSpec option && option.order() != -1) {
            java.append("\n                        .order(")
                    .append(option.order())
                    .append(")");
        }
        appendStrings(java, "\n                        ", "withToString", new String[] {arg.toString()});
        java.append("\n                        .build()");
    }

    /** The argument's attributes as written, before picocli interpolates them ({@code %%} stays {@code %%}). */
    private static Raw raw(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            OptionSpec.Builder raw = option.toBuilder();
            return new Raw(raw.description(), raw.paramLabel(), raw.defaultValue());
        }
        PositionalParamSpec.Builder raw = ((PositionalParamSpec) arg).toBuilder();
        return new Raw(raw.description(), raw.paramLabel(), raw.defaultValue());
    }

    private record Raw(String[] description, String paramLabel, String defaultValue) {}

    /** {@code .method("a", "b")}, one string to a line and long ones split, after {@code indent}. */
    private static void appendStrings(StringBuilder java, String indent, String method, String[] values) {
        if (values.length == 0) {
            return;
        }
        String inner = indent + "        ";
        String oneLine = indent + "." + method + "(" + literals(values) + ")";
        if (!oneLine.contains("\\n") && oneLine.length() - 1 <= 120) {
            java.append(oneLine);
            return;
        }
        java.append(indent).append('.').append(method).append('(');
        for (int i = 0; i < values.length; i++) {
            java.append(inner);
            List<String> chunks = chunks(values[i], 120 - inner.length() - 12);
            for (int c = 0; c < chunks.size(); c++) {
                java.append(c == 0 ? "" : inner + "        + ").append(literal(chunks.get(c)));
            }
            java.append(i + 1 < values.length ? "," : ")");
        }
    }

    /** {@code text} in pieces of at most {@code width} characters once quoted, broken after a space where one is. */
    private static List<String> chunks(String text, int width) {
        List<String> chunks = new ArrayList<>();
        String rest = text;
        while (literal(rest).length() > width) {
            int end = Math.min(rest.length(), width - 2);
            while (literal(rest.substring(0, end)).length() > width) {
                end--;
            }
            int space = rest.lastIndexOf(' ', end - 1);
            int cut = space > width / 2 ? space + 1 : end;
            chunks.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        chunks.add(rest);
        return chunks;
    }

    private static String methodName(Class<?> type) {
        String name =
                type.getName().substring(type.getName().lastIndexOf('.') + 1).replace("$", "");
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static String classLiteral(Class<?> type) {
        if (type.isPrimitive()) {
            return type.getName() + ".class";
        }
        if (named(type)) {
            return simpleName(type) + ".class";
        }
        return "Bindings.type(" + literal(type.getName()) + ")";
    }

    private static String literals(String[] values) {
        return Arrays.stream(values).map(CommandModelsTest::literal).collect(Collectors.joining(", "));
    }

    static String literal(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.append('"').toString();
    }
}
