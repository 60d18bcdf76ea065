package org.runmuscle.app.history;

import java.util.function.Supplier;

/** A value made on first need, once, whichever thread asks first. */
public final class Memo {
    private Memo() {}

    public static <T> Supplier<T> of(Supplier<T> make) {
        Object[] made = new Object[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = make.get();
                }
                @SuppressWarnings("unchecked")
                T value = (T) made[0];
                return value;
            }
        };
    }
}
