package org.runmuscle.app.training;

import org.runmuscle.app.cli.OutputFormat;

/** How {@code plan} prints: a table, JSON, an iCalendar file for a calendar, or FIT workouts for a watch. */
enum PlanFormat {
    TABLE,
    JSON,
    ICS,
    FIT;

    static final class Converter extends OutputFormat.LowerCaseEnum<PlanFormat> {
        Converter() {
            super(PlanFormat.class, "format");
        }
    }
}
