/**
 * The atlas feature: {@code muscles}, {@code muscle} and {@code gait}, their tables and JSON, the
 * atlas and gait routes, and {@code AtlasService}, which both call.
 */
package org.runmuscle.app.atlas;
