package org.oneplan.platform.testing;

import java.nio.file.Path;
import org.oneplan.infra.LocalKafka;
import org.testcontainers.DockerClientFactory;

/**
 * Takes the test broker away and brings it back, as an outage would: a broker process is stopped and
 * started again; a broker container is paused and resumed (it keeps its address).
 */
public final class Broker {

    private Broker() {}

    public static void stop() throws Exception {
        String handle = handle();
        if (handle.startsWith("container:")) {
            DockerClientFactory.instance()
                    .client()
                    .pauseContainerCmd(id(handle))
                    .exec();
        } else {
            process(handle).stop();
        }
    }

    public static void start() throws Exception {
        String handle = handle();
        if (handle.startsWith("container:")) {
            DockerClientFactory.instance()
                    .client()
                    .unpauseContainerCmd(id(handle))
                    .exec();
        } else {
            process(handle).start();
        }
    }

    private static String handle() {
        return System.getProperty(OnePlanInfrastructure.BROKER);
    }

    private static String id(String handle) {
        return handle.substring("container:".length());
    }

    private static LocalKafka process(String handle) throws Exception {
        return LocalKafka.at(Path.of(handle.substring("process:".length())));
    }
}
