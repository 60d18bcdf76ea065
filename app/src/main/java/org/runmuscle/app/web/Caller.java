package org.runmuscle.app.web;

import java.util.OptionalLong;

/**
 * Who sent a request. On a loopback server without accounts everyone is the one {@link #LOCAL}
 * user, who owns every athlete; on a server with accounts a request is {@link #ANONYMOUS} until
 * its session cookie or API token names an account.
 *
 * @param accountId 0 for the local user and for anonymous requests
 * @param athleteId the athlete an athlete account is
 */
public record Caller(Role role, long accountId, String name, OptionalLong athleteId) {
    public enum Role {
        /** The single user of a loopback server without accounts: sees and changes every athlete. */
        LOCAL,
        ANONYMOUS,
        /** Manages accounts; sees no athlete's training unless granted like a coach. */
        ADMIN,
        /** Sees and plans for the athletes who granted them access. */
        COACH,
        /** Sees and changes their own history only. */
        ATHLETE
    }

    public static final Caller LOCAL = new Caller(Role.LOCAL, 0, "", OptionalLong.empty());
    public static final Caller ANONYMOUS = new Caller(Role.ANONYMOUS, 0, "", OptionalLong.empty());

    public boolean anonymous() {
        return role == Role.ANONYMOUS;
    }
}
