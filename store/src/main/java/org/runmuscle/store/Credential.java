package org.runmuscle.store;

/** What a login is checked against: the account and its password's Argon2id hash (a PHC string). */
public record Credential(Account account, String passwordHash) {}
