package org.runmuscle.store;

/**
 * An account of a shared server.
 *
 * @param role      "admin", "coach" or "athlete"
 * @param athleteId the athlete an athlete account is; 0 for others (and for one whose athlete was removed)
 */
public record Account(long id, String name, String role, long athleteId, long createdAt) {}
