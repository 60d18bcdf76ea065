/**
 * The atlas: every muscle running uses, its group, its work and contraction in each gait phase,
 * its weakness signs and injuries, and the sources behind every claim ({@code muscles.json},
 * {@code sources.json}).
 */
package org.runmuscle.core.atlas;
