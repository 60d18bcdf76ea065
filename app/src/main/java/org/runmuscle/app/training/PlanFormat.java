package org.runmuscle.app.training;

import org.runmuscle.app.cli.OutputFormat;

/** How {@code plan} prints: a readable table, JSON, or an iCalendar file for a calendar app. */
enum PlanFormat {
    TABLE,
    JSON,
    ICS;

    static final class Converter extends OutputFormat.LowerCaseEnum<PlanFormat> {
        Converter() {
            super(PlanFormat.class, "format");
        }
    }
}
