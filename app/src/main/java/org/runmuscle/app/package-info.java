/**
 * The runmuscle application: {@code Main} and the top-level command. Each sub-package is a
 * feature (atlas, exercises, activity, history, training, serve, bench) with one service that its
 * commands and its routes both call, over the shared {@code cli}, {@code output} and {@code web}
 * packages, which know no feature.
 */
package org.runmuscle.app;
