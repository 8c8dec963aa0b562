package com.salespact.base.merge;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a merging write again when another save slipped in between reading the row and flushing it, so the merge is
 * made against the version that is really current. Gives up after a few tries on a row that keeps changing.
 */
public final class Races {

    private static final int ATTEMPTS = 3;

    private Races() {
    }

    public static <T> T retry(Supplier<T> write, Supplier<? extends RuntimeException> gaveUp) {
        return retry(write, gaveUp, OptimisticLockingFailureException.class);
    }

    /** Also counts {@code race} as a lost race (a unique key hit by a second editor creating the same row). */
    public static <T> T retry(Supplier<T> write, Supplier<? extends RuntimeException> gaveUp,
                              Class<? extends RuntimeException> race) {
        for (int attempt = 1; ; attempt++) {
            try {
                return write.get();
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == ATTEMPTS) {
                    throw gaveUp.get();
                }
            } catch (RuntimeException failed) {
                if (!race.isInstance(failed) || attempt == ATTEMPTS) {
                    throw race.isInstance(failed) ? gaveUp.get() : failed;
                }
            }
        }
    }
}
