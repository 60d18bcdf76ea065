/**
 * Accounts on a shared server: administrators, coaches and athletes; passwords (Argon2id), login
 * sessions and API tokens; coaches' access; and the authority that tells the web server who sent
 * each request and which athletes they may see.
 */
package org.runmuscle.app.account;
