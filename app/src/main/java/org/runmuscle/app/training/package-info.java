/**
 * Self-assessment and strength plans: {@code assess} and {@code plan}, the plan as a table, JSON
 * and iCalendar, the training routes, and {@code TrainingService}, which all of them call.
 */
package org.runmuscle.app.training;
