/**
 * What every command shares: one-line errors and exit codes, option mixins ({@code --format},
 * {@code --db}, {@code --equipment}), and parsers and range checks for what a runner types.
 * Knows no feature.
 */
package org.runmuscle.app.cli;
