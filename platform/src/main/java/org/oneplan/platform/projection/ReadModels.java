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
     * Runs {@code query} until its result satisfies {@code reached}. When {@code maxWait} passes first, it
     * fails with {@link ReadModelBehind} (a 503 with {@code Retry-After}): a bounded wait always answers.
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
                        throw new NotYetProjected();
                    }
                    return result;
                })
                .onFailure(NotYetProjected.class)
                .retry()
                .withBackOff(FIRST_PAUSE, LONGEST_PAUSE)
                // expireIn takes a delay relative to now, not a point in time.
                .expireIn(maxWait.toMillis())
                // Mutiny reports the expiry as its own failure, with the last NotYetProjected as cause.
                .onFailure(ReadModels::notYetProjected)
                .transform(behind -> new ReadModelBehind(maxWait));
    }

    private static boolean notYetProjected(Throwable failure) {
        return failure instanceof NotYetProjected || failure.getCause() instanceof NotYetProjected;
    }

    private static final class NotYetProjected extends RuntimeException {
        private NotYetProjected() {
            super(null, null, false, false);
        }
    }
}
