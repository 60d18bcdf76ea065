/**
 * Small text algorithms the domain needs (closest names for a typo).
 */
package org.runmuscle.core.text;
