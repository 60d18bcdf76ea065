/**
 * The athletes of a history: listing them with their latest state (the roster), adding, renaming
 * and removing them, for the {@code athletes} command and the athletes routes.
 */
package org.runmuscle.app.athletes;
