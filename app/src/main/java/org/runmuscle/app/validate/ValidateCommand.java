package org.runmuscle.app.validate;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.runmuscle.app.cli.FormatOption;
import org.runmuscle.app.output.Json;
import org.runmuscle.app.output.Text;
import org.runmuscle.core.atlas.Atlas;
import org.runmuscle.core.load.MuscleForceModel;
import org.runmuscle.core.validate.Check;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "validate",
        description = {
            "Checks the muscle model against every published result runmuscle knows: level forces and their "
                    + "timing, speed, grade, step rate, recovery and contraction type. One row each: the source, "
                    + "the condition, the quantity, the published value, the model's value and whether they agree. "
                    + "Rows the model does not yet meet stay in the table as known disagreements, with the reason."
        },
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:", "  runmuscle validate", "  runmuscle validate --format json"})
public final class ValidateCommand implements Callable<Integer> {
    @Mixin
    FormatOption output = new FormatOption();

    @Override
    public Integer call() {
        Atlas atlas = Atlas.load();
        ValidationService service = new ValidationService(atlas, () -> MuscleForceModel.load(atlas));
        List<Check> checks = service.checks();
        PrintWriter out = output.out();
        if (output.json()) {
            Json.print(out, service.json(checks));
            return 0;
        }
        out.println(Text.pad("AREA", 14) + Text.pad("SOURCE", 27) + Text.pad("PUBLISHED", 14) + Text.pad("MODEL", 9)
                + Text.pad("RESULT", 20) + "QUANTITY");
        for (Check c : checks) {
            out.println(Text.pad(c.area(), 14)
                    + Text.pad(c.source(), 27)
                    + Text.pad(bounds(c), 14)
                    + Text.pad(number(c.modelValue()), 9)
                    + Text.pad(result(c), 20)
                    + c.quantity() + ", " + c.condition());
        }
        long passing = checks.stream().filter(Check::pass).count();
        out.println();
        out.println(passing + " of " + checks.size() + " agree. 'runmuscle validate --format json' gives each row's "
                + "published value in words and the reason for its bounds.");
        return 0;
    }

    private static String result(Check c) {
        if (c.regressed()) {
            return "FAILS (was passing)";
        }
        if (c.pass()) {
            return "agrees";
        }
        return "known disagreement";
    }

    private static String bounds(Check c) {
        return number(c.low()) + "-" + number(c.high());
    }

    private static String number(double value) {
        double magnitude = Math.abs(value);
        return String.format(Locale.ROOT, magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f", value);
    }
}
