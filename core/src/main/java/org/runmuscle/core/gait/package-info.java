/**
 * The running gait cycle: its phases, and stride timing (step rate, stance share, stride length)
 * at any speed and grade.
 */
package org.runmuscle.core.gait;
