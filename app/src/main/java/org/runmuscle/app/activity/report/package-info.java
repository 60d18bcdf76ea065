/**
 * The self-contained HTML report of {@code analyze --format html}: a JMustache template that
 * escapes every value, the view it is filled from, and the SVG charts and body map it embeds.
 */
package org.runmuscle.app.activity.report;
