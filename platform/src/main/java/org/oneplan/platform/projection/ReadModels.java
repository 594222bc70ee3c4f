package org.oneplan.platform.projection;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Read-your-writes on an eventually consistent read model: a query can wait, bounded, until the read
 * model has reached the version a command returned.
 */
public final class ReadModels {

    private static final Duration FIRST_PAUSE = Duration.ofMillis(20);
    private static final Duration LONGEST_PAUSE = Duration.ofMillis(250);

    private ReadModels() {}

    /**
     * Runs {@code query} until its result satisfies {@code reached} or {@code maxWait} passes, then
     * returns the last result (the caller decides what a result that never got there means).
     */
    public static <T> Uni<T> awaitUntil(Supplier<Uni<T>> query, Predicate<T> reached, Duration maxWait) {
        Context context = Vertx.currentContext();
        Uni<T> attempt = Uni.createFrom().deferred(query::get);
        if (context != null) {
            // Retries resubscribe on Mutiny's timer thread; Hibernate Reactive must run on the Vert.x context.
            attempt = attempt.runSubscriptionOn(task -> context.runOnContext(ignored -> task.run()));
        }
        return attempt.onItem()
                .transform(result -> {
                    if (!reached.test(result)) {
                        throw new NotYetProjected(result);
                    }
                    return result;
                })
                .onFailure(NotYetProjected.class)
                .retry()
                .withBackOff(FIRST_PAUSE, LONGEST_PAUSE)
                .expireIn(System.currentTimeMillis() + maxWait.toMillis())
                .onFailure(NotYetProjected.class)
                .recoverWithItem(failure -> ReadModels.<T>lastSeen(failure));
    }

    @SuppressWarnings("unchecked")
    private static <T> T lastSeen(Throwable notYetProjected) {
        return (T) ((NotYetProjected) notYetProjected).last;
    }

    private static final class NotYetProjected extends RuntimeException {
        private final transient Object last;

        private NotYetProjected(Object last) {
            super(null, null, false, false);
            this.last = last;
        }
    }
}
