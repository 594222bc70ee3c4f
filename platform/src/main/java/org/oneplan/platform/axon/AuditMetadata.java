package org.oneplan.platform.axon;

/** The metadata keys that every command carries and every event inherits from its command. */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLE = "actorRole";
    public static final String ACTOR_NATION = "actorNation";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String REASON = "reason";
    public static final String CLASSIFICATION = "classification";
    public static final String RELEASABILITY = "releasability";

    private AuditMetadata() {}
}
