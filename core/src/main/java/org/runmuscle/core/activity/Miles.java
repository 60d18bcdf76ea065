package org.runmuscle.core.activity;

/** The international mile (1959), for runners who count in miles. */
public final class Miles {
    /** Metres in one mile, exactly. */
    public static final double METRES = 1609.344;

    private Miles() {}
}
