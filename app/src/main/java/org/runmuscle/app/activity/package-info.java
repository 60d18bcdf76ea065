/**
 * Reading recordings and showing what running did: {@code analyze}, an activity as its JSON and
 * table show it ({@code ActivityView}), the run along its distance ({@code RunTrack}) and the muscle
 * load added to running activities ({@code RunLoads}).
 */
package org.runmuscle.app.activity;
