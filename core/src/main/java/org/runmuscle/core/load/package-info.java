/**
 * The muscle model: force bursts per muscle over the gait cycle, scaled by speed, grade and step
 * rate ({@code MuscleForceModel}), tabulated on a grid, and applied to a recorded run
 * ({@code LoadModel}, {@code RunAnalysis}, {@code Hills}, {@code FastKilometres}); {@code RunNotes} words the result.
 */
package org.runmuscle.core.load;
