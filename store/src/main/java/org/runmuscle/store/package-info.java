/**
 * Persistence of the training history on SQLite (default) or PostgreSQL: Flyway migrations, JDBI
 * repositories returning records, and {@code HistoryStore}, the one entry point.
 */
package org.runmuscle.store;
