/**
 * The training history: {@code import}, {@code athlete}, {@code runs}, {@code run},
 * {@code history} and {@code reanalyze}, the activity and history routes, and
 * {@code HistoryService}, which all of them call over one open {@code HistoryStore}.
 */
package org.runmuscle.app.history;
