package org.oneplan.platform.relay;

/** The broker did not acknowledge a batch in time; the batch rolls back and is relayed again later. */
public final class RelayUnavailableException extends RuntimeException {

    public RelayUnavailableException(String topic, int unpublished) {
        super("Kafka did not acknowledge " + unpublished + " events for " + topic + "; the batch will be retried");
    }
}
