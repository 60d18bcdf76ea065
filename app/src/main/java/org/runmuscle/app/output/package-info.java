/**
 * How answers are written: the one JSON writer, plain-text layout, units as runners read them,
 * rounding, sparklines, numbered source lists and resources packed in the jar. Knows no feature.
 */
package org.runmuscle.app.output;
