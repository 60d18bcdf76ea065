/**
 * Persistence: schema migrations and repositories over SQLite (default) and PostgreSQL.
 * Depends on {@code core} only. Filled by the training-history work (issue 6).
 */
package org.runmuscle.store;
