package org.runmuscle.core.load;

/**
 * Seconds of running per grid node, for one stretch of a run. Dense over the grid's nodes, with a
 * list of the nodes touched, so that adding is one array add and reading or clearing costs only
 * the few dozen nodes a run reaches (a profile put a hash map here at a quarter of analysis time).
 */
final class CellWeights {
    private final double[] seconds = new double[LoadGrid.CELLS];
    private final int[] touched = new int[LoadGrid.CELLS];
    private int size;

    void add(int cell, double value) {
        if (value == 0) {
            return;
        }
        if (seconds[cell] == 0) {
            touched[size++] = cell;
        }
        seconds[cell] += value;
    }

    int size() {
        return size;
    }

    int cell(int k) {
        return touched[k];
    }

    double seconds(int k) {
        return seconds[touched[k]];
    }

    double totalSeconds() {
        double total = 0;
        for (int k = 0; k < size; k++) {
            total += seconds[touched[k]];
        }
        return total;
    }

    void clear() {
        for (int k = 0; k < size; k++) {
            seconds[touched[k]] = 0;
        }
        size = 0;
    }
}
