package org.runmuscle.store;

/** A personal API token as listed: its label and dates, never its value (only a hash of it is kept). */
public record ApiToken(long id, String label, long createdAt, long lastUsed) {}
