package org.runmuscle.store;

/** An imported file as the history knows it: its hash, name and format, and whether its bytes are kept. */
public record FileRecord(String contentHash, String fileName, String format, long importedAt, boolean original) {}
