/**
 * The binary form in which the build leaves shipped JSON data (the atlas, the muscle forces) in
 * the jar, read back by plain stream calls at start instead of Jackson's cold data binding.
 */
package org.runmuscle.core.snapshot;
