package org.runmuscle.app;

import org.runmuscle.core.training.Level;

/** {@code --level beginner|intermediate|advanced}. */
final class LevelConverter extends OutputFormat.LowerCaseEnum<Level> {
    LevelConverter() {
        super(Level.class, "level");
    }
}
