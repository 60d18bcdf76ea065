package org.runmuscle.app.activity;

import org.runmuscle.app.cli.OutputFormat;

/** How {@code analyze} prints: a readable table, JSON, or a self-contained HTML report. */
enum AnalyzeFormat {
    TABLE,
    JSON,
    HTML;

    static final class Converter extends OutputFormat.LowerCaseEnum<AnalyzeFormat> {
        Converter() {
            super(AnalyzeFormat.class, "format");
        }
    }
}
