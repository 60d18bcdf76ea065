/**
 * JMH micro benchmarks of the decoder and the muscle model on real recordings.
 */
package org.runmuscle.bench;
