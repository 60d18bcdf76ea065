package org.runmuscle.core.gait;

/** A piecewise-linear function through anchor points, flat beyond the first and last. */
final class Piecewise {
    private final double[] xs;
    private final double[] ys;

    private Piecewise(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** Alternating x, y values with strictly increasing x. */
    static Piecewise through(double... points) {
        int n = points.length / 2;
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = points[2 * i];
            ys[i] = points[2 * i + 1];
            if (i > 0 && xs[i] <= xs[i - 1]) {
                throw new IllegalArgumentException("x values must increase");
            }
        }
        return new Piecewise(xs, ys);
    }

    double at(double x) {
        if (x <= xs[0]) {
            return ys[0];
        }
        for (int i = 1; i < xs.length; i++) {
            if (x <= xs[i]) {
                double t = (x - xs[i - 1]) / (xs[i] - xs[i - 1]);
                return ys[i - 1] + t * (ys[i] - ys[i - 1]);
            }
        }
        return ys[ys.length - 1];
    }
}
