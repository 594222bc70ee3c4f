package org.oneplan.platform.axon;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.oneplan.platform.config.OnePlanConfig;

/**
 * Axon on Quarkus: builds and starts the Axon configuration once, on the service's own PostgreSQL
 * database (event store, snapshots, tokens), and shuts it down with the application.
 */
@ApplicationScoped
public class AxonConfigurationProducer {

    @Produces
    @Singleton
    Configuration axonConfiguration(
            AgroalDataSource dataSource,
            jakarta.transaction.TransactionManager jta,
            Clock clock,
            OnePlanConfig config,
            Instance<AxonModule> modules) {
        // Axon stamps events with this static clock: make it the injected one, so time is testable.
        GenericEventMessage.clock = clock;

        TransactionManager transactions = new JtaTransactionManager(jta);
        // Agroal enlists every connection taken inside a JTA transaction in it, and JTA commits: no
        // unit-of-work wrapper, which would try to commit the connection itself.
        ConnectionProvider connections = dataSource::getConnection;
        Serializer events = Serializers.events();

        Configurer configurer = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> events)
                .configureMessageSerializer(c -> events)
                .configureEventSerializer(c -> events)
                .configureTransactionManager(c -> transactions)
                .configureCorrelationDataProviders(c -> List.of(new AuditCorrelationDataProvider()))
                .configureEmbeddedEventStore(c -> JdbcEventStorageEngine.builder()
                        .connectionProvider(connections)
                        .transactionManager(transactions)
                        .eventSerializer(events)
                        .snapshotSerializer(events)
                        .persistenceExceptionResolver(new PostgresDuplicateKeyResolver())
                        .upcasterChain(c.upcasterChain())
                        .build())
                .registerComponent(
                        TokenStore.class,
                        c -> JdbcTokenStore.builder()
                                .connectionProvider(connections)
                                .serializer(events)
                                .build());
        PersistentDeadlines.configure(
                configurer, dataSource, clock, config.deadlines().pollingInterval());
        modules.forEach(module -> module.configure(configurer));
        Configuration configuration = configurer.buildConfiguration();
        configuration.commandBus().registerHandlerInterceptor(new StaleVersionFirst());
        configuration.start();
        return configuration;
    }

    void shutdown(@Disposes Configuration configuration) {
        configuration.shutdown();
    }

    @Produces
    @Singleton
    CommandGateway commandGateway(Configuration configuration) {
        return configuration.commandGateway();
    }

    @Produces
    @Singleton
    EventStore eventStore(Configuration configuration) {
        return configuration.eventStore();
    }

    /** Axon starts with the application, not on first use: the relay and deadlines must run from the start. */
    void startEagerly(@Observes StartupEvent startup, Configuration configuration) {
        configuration.eventStore();
    }
}
