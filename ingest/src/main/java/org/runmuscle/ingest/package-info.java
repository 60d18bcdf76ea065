/**
 * Turning file bytes into {@code Activity} values: the FIT decoder, the GPX and TCX readers and
 * format detection. Depends on {@code core} only.
 */
package org.runmuscle.ingest;
