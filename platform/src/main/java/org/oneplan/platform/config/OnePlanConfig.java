package org.oneplan.platform.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings every OnePlan service shares. */
@ConfigMapping(prefix = "oneplan")
public interface OnePlanConfig {

    /** The bounded context the service owns, e.g. {@code partner}; it names the topic and the event source. */
    String context();

    /** Relay of stored events to Kafka. */
    Relay relay();

    /** Kafka-fed read models. */
    Projections projections();

    /** Persistent deadlines. */
    Deadlines deadlines();

    /** The partner view (org.oneplan.platform.partners). */
    KnownPartners knownPartners();

    /** Seals of the published chain. */
    Seals seals();

    /** Where the caller's nation and clearance are in the bearer token. */
    Identity identity();

    /** The topic the service publishes to: {@code oneplan.<context>.events}. */
    default String topic() {
        return "oneplan." + context() + ".events";
    }

    /** The CloudEvents {@code source}: {@code /oneplan/<context>-service}. */
    default String source() {
        return "/oneplan/" + context() + "-service";
    }

    interface Relay {

        /** Whether this instance relays its event store to Kafka (one instance per service is enough). */
        @WithDefault("true")
        boolean enabled();

        /** Events read from the store and published per transaction. */
        @WithDefault("500")
        int batchSize();

        /** How long one batch keeps retrying an unreachable broker before its transaction is given up and retried. */
        @WithDefault("PT2M")
        Duration retryFor();
    }

    interface Seals {

        /** A seal is made once this many events were published since the last one... */
        @WithDefault("100")
        int every();

        /** ...or once this long has passed since it, if any event was published since. */
        @WithDefault("PT30S")
        Duration interval();
    }

    interface Identity {

        /** The claim holding the delegation's nation (ISO 3166 alpha-3). */
        @WithDefault("nation")
        String nationClaim();

        /** The claim holding the caller's security clearance (e.g. NATO_SECRET). */
        @WithDefault("clearance")
        String clearanceClaim();
    }

    interface KnownPartners {

        /**
         * Whether the service keeps the view of partners and Allies from {@code oneplan.partner.events}. A
         * build-time switch: the view's beans exist only where it is {@code true}.
         */
        @WithDefault("false")
        boolean enabled();
    }

    interface Deadlines {

        /** How often due deadlines are looked for; a deadline fires at most this late. */
        @WithDefault("PT1S")
        Duration pollingInterval();
    }

    interface Projections {

        /** Whether read models are fed from Kafka in this instance. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Longest wait of a query that asks for a read model to reach a version; after it the query is
         * answered 503 with {@code Retry-After}.
         */
        @WithDefault("PT10S")
        Duration maxWait();

        /** Tries of a record before it is parked (the pause between tries grows by {@link #retryPause()} each time). */
        @WithDefault("3")
        int attempts();

        /** Pause after the first failed try of a record. */
        @WithDefault("PT1S")
        Duration retryPause();
    }
}
