package org.runmuscle.store;

/** What saving one file did: activities stored, and sessions recognised as runs already imported from another file. */
public record SavedFile(int stored, int duplicates, boolean alreadyImported) {}
