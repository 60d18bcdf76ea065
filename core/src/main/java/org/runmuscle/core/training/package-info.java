/**
 * Strength training for runners: the exercise catalog, the self-assessment and its findings
 * ({@code findings.json} holds their words), recovery (fatigue, readiness, soreness) and what the
 * running history asks of a plan.
 */
package org.runmuscle.core.training;
