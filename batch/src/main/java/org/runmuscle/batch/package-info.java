/**
 * runmuscle on Apache Spark: the same ingest readers and muscle model as the command line, run on
 * the executors over many athletes' archives, written as Parquet tables.
 */
package org.runmuscle.batch;
