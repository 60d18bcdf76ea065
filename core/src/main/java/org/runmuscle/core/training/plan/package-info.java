/**
 * The strength-plan generator: training days, each week's exercises chosen by score and then
 * repaired for coverage and quadriceps/hamstring balance, doses progressed over blocks, and
 * {@code PlanReasons}, which words every note and reason.
 */
package org.runmuscle.core.training.plan;
