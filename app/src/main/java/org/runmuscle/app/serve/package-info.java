/**
 * {@code runmuscle serve}: the command, and the wiring that builds each feature's service once
 * and hands its routes to the web server.
 */
package org.runmuscle.app.serve;
