package org.runmuscle.app.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Plain-text layout helpers for terminal output. */
public final class Text {
    /** Width used for wrapping: the terminal's when the shell exports it, else a readable default. */
    static final int WIDTH = terminalWidth();
    /**
     * Compiled once: {@code String.split} with a pattern compiles it at every call, and a report
     * wraps dozens of paragraphs in a JVM that has not compiled the regex engine yet.
     */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {}

    /** Wraps {@code text} at word boundaries so that each line, with {@code indent}, fits {@link #WIDTH}. */
    public static List<String> wrap(String text, String indent) {
        int width = Math.max(20, WIDTH - indent.length());
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : SPACES.split(text)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(indent + line);
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(indent + line);
        }
        return lines;
    }

    public static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    private static int terminalWidth() {
        try {
            String columns = System.getenv("COLUMNS");
            return columns == null ? 100 : Math.max(40, Math.min(160, Integer.parseInt(columns.strip())));
        } catch (NumberFormatException e) {
            return 100;
        }
    }
}
