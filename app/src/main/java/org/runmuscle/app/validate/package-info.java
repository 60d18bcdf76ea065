/**
 * {@code runmuscle validate} and {@code GET /api/v1/validation}: the muscle model against every
 * published result the project knows, over {@code ValidationService}.
 */
package org.runmuscle.app.validate;
