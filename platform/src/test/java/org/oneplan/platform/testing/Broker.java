package org.oneplan.platform.testing;

import java.nio.file.Path;
import org.oneplan.infra.LocalKafka;

/** Takes the test broker away and brings it back, as an outage would. */
public final class Broker {

    private Broker() {}

    public static void stop() throws Exception {
        broker().stop();
    }

    public static void start() throws Exception {
        broker().start();
    }

    private static LocalKafka broker() throws Exception {
        return LocalKafka.at(Path.of(System.getProperty(OnePlanInfrastructure.KAFKA_HOME)));
    }
}
