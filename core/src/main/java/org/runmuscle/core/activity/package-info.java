/**
 * An activity as recorded: sport, start, columnar {@code Samples} (one primitive array per
 * channel, NaN where missing), summaries, moving time, elevation and body mass.
 */
package org.runmuscle.core.activity;
