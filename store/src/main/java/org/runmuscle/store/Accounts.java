package org.runmuscle.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The accounts of a shared server and what hangs off them: login sessions, API tokens and
 * coaches' access. Secrets arrive here already hashed; this class never sees a password or token.
 */
public final class Accounts {
    private final Database database;

    public Accounts(Database database) {
        this.database = database;
    }

    public List<Account> list() {
        return database.jdbi().withExtension(AccountDao.class, AccountDao::all);
    }

    public Optional<Account> byId(long id) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.byId(id)).stream()
                .findFirst();
    }

    public Optional<Credential> credential(String name) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.credential(name)).stream()
                .findFirst();
    }

    public int admins() {
        return database.count("SELECT COUNT(*) FROM account WHERE role = 'admin'");
    }

    public int count() {
        return database.count("SELECT COUNT(*) FROM account");
    }

    /** Adds an account; a taken name, or an athlete who already has an account, is a {@link StoreException}. */
    public Account add(String name, String passwordHash, String role, long athleteId) {
        try {
            long id = database.jdbi().inTransaction(handle -> {
                AccountDao dao = handle.attach(AccountDao.class);
                if (!dao.credential(name).isEmpty()) {
                    throw new StoreException("an account named '" + name + "' already exists");
                }
                return dao.insert(
                        name, passwordHash, role, athleteId == 0 ? null : athleteId, System.currentTimeMillis());
            });
            return byId(id).orElseThrow();
        } catch (UnableToExecuteStatementException e) {
            throw new StoreException("the account '" + name + "' cannot be added: the name or the athlete is taken", e);
        }
    }

    /** Sets a new password and ends every session of the account, in one transaction. */
    public boolean setPassword(long accountId, String passwordHash) {
        return database.jdbi().inTransaction(handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            dao.deleteSessions(accountId);
            return dao.setPassword(accountId, passwordHash) > 0;
        });
    }

    public boolean remove(long accountId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.delete(accountId)) > 0;
    }

    public void newSession(String tokenHash, long accountId, long now) {
        database.jdbi().useExtension(AccountDao.class, dao -> dao.insertSession(tokenHash, accountId, now));
    }

    /**
     * The account of a live session, which counts as seen now: one seen within {@code idleMillis}
     * and made within {@code maxAgeMillis}. Empty for an unknown, idle or expired session.
     */
    public Optional<Account> session(String tokenHash, long now, long idleMillis, long maxAgeMillis) {
        return database.jdbi().withExtension(AccountDao.class, dao -> {
            Optional<Account> account = dao.session(tokenHash, now - idleMillis, now - maxAgeMillis).stream()
                    .findFirst();
            if (account.isPresent()) {
                dao.touchSession(tokenHash, now);
            }
            return account;
        });
    }

    public boolean endSession(String tokenHash) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.deleteSession(tokenHash)) > 0;
    }

    public int endStaleSessions(long now, long idleMillis, long maxAgeMillis) {
        return database.jdbi()
                .withExtension(AccountDao.class, dao -> dao.deleteStaleSessions(now - idleMillis, now - maxAgeMillis));
    }

    public long newToken(long accountId, String label, String tokenHash, long now) {
        return database.jdbi()
                .withExtension(AccountDao.class, dao -> dao.insertToken(accountId, label, tokenHash, now));
    }

    /** The account a token belongs to, which counts as used now; empty for an unknown or revoked token. */
    public Optional<Account> token(String tokenHash, long now) {
        return database.jdbi().withExtension(AccountDao.class, dao -> {
            Optional<Account> account = dao.token(tokenHash).stream().findFirst();
            if (account.isPresent()) {
                dao.touchToken(tokenHash, now);
            }
            return account;
        });
    }

    public List<ApiToken> tokens(long accountId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.tokens(accountId));
    }

    public boolean revokeToken(long accountId, long tokenId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.deleteToken(accountId, tokenId)) > 0;
    }

    /** Lets a coach see an athlete; granting twice changes nothing. */
    public void grant(long athleteId, long coachId) {
        database.jdbi().useTransaction(handle -> {
            AccountDao dao = handle.attach(AccountDao.class);
            if (!dao.coached(coachId).contains(athleteId)) {
                dao.grant(athleteId, coachId, System.currentTimeMillis());
            }
        });
    }

    public boolean revoke(long athleteId, long coachId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.revoke(athleteId, coachId)) > 0;
    }

    /** The athletes a coach sees, by id. */
    public List<Long> coached(long coachId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.coached(coachId));
    }

    public List<Account> coaches(long athleteId) {
        return database.jdbi().withExtension(AccountDao.class, dao -> dao.coaches(athleteId));
    }
}
