/**
 * {@code runmuscle bench}: whole-pipeline throughput on real files (decode, analyse, import),
 * one JSON line per run. Micro benchmarks live in the {@code bench} module.
 */
package org.runmuscle.app.bench;
