package org.runmuscle.app.cli;

import org.runmuscle.core.training.Level;

/** {@code --level beginner|intermediate|advanced}. */
public final class LevelConverter extends OutputFormat.LowerCaseEnum<Level> {
    LevelConverter() {
        super(Level.class, "level");
    }
}
