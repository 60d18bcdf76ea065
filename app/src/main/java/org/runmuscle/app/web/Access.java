package org.runmuscle.app.web;

/**
 * What a route gives and to whom; every route is registered with one, and the isolation test
 * checks each route's answers against it for every kind of caller.
 */
public enum Access {
    /** The atlas, the catalog, the model: anyone, logged in or not. */
    PUBLIC,
    /** Logging in: anyone, but slowed per account and per address. */
    LOGIN,
    /** An athlete's data, read: the athlete, their coaches, the local user. Others get 404. */
    READ,
    /** An athlete's data, changed: the athlete and the local user; their coaches get 403, others 404. */
    WRITE,
    /**
     * Anyone logged in, answered with what they may see: their own account (password, tokens,
     * coaches; the local user has none, 404) and the roster of the athletes they see.
     */
    ACCOUNT,
    /** Adding, renaming and removing athletes: the local user and administrators. */
    MANAGE,
    /** Accounts of the server: administrators only. */
    ADMIN
}
