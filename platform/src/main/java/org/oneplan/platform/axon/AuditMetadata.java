package org.oneplan.platform.axon;

/**
 * The metadata keys that every command carries and every event inherits from the message that caused it,
 * and the names of the system actor that acts where no person did.
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_NATION = "actorNation";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";
    public static final String CLASSIFICATION = "classification";
    public static final String RELEASABILITY = "releasability";

    /** The role of the actor of events that no person caused: deadlines and reactions to events. */
    public static final String SYSTEM_ROLE = "system";

    private AuditMetadata() {}

    /** The actor of what a deadline causes: {@code system:silence-ends}. */
    public static String deadlineActor(String deadlineName) {
        return "system:" + deadlineName;
    }

    /** The actor of what handling an event causes: {@code system:reaction:PartnerSuspended}. */
    public static String reactionActor(String eventName) {
        return "system:reaction:" + eventName;
    }
}
