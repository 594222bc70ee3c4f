package org.oneplan.platform.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.Configurer;
import org.axonframework.deadline.DefaultDeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;

/**
 * Deadlines (silence procedures, seat cut-offs, cycle years) kept in the service's database by
 * db-scheduler, so that they survive restarts, and due by the injected {@link Clock}, so that tests can
 * move time. What a deadline causes names a system actor ({@link AuditCorrelationDataProvider}).
 */
public final class PersistentDeadlines {

    private PersistentDeadlines() {}

    public static void configure(Configurer configurer, DataSource dataSource, Clock clock, Duration pollingInterval) {
        AtomicReference<DbSchedulerDeadlineManager> manager = new AtomicReference<>();
        Scheduler scheduler = Scheduler.create(dataSource, DbSchedulerDeadlineManager.binaryTask(manager::get))
                .clock(clock::instant)
                .pollingInterval(pollingInterval)
                // One thread: deadlines that fall due together (after a restart, or a clock moved across
                // several cycle years) would otherwise run concurrently on the same aggregate, and the one
                // that loses the race on its sequence number waits for db-scheduler's retry minutes later.
                .threads(1)
                .build();
        configurer.configureDeadlineManager(c -> {
            DbSchedulerDeadlineManager deadlines = DbSchedulerDeadlineManager.builder()
                    .scheduler(scheduler)
                    .scopeAwareProvider(new ConfigurationScopeAwareProvider(c))
                    .serializer(c.serializer())
                    .transactionManager(c.getComponent(TransactionManager.class))
                    .spanFactory(DefaultDeadlineManagerSpanFactory.builder()
                            .spanFactory(c.spanFactory())
                            .build())
                    .startScheduler(true)
                    .stopScheduler(true)
                    .build();
            // Axon runs a deadline in a unit of work of its own, without the correlation data providers
            // that command and event handling get: without this, a deadline's events would name no actor.
            deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(c.correlationDataProviders()));
            manager.set(deadlines);
            return deadlines;
        });
    }
}
