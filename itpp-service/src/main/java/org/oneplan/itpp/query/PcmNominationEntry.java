package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.oneplan.contracts.catalogue.Attendance;

/** One nomination of a PCM event as itpp-service knows it: nation, state, attendance; never the person. */
@Entity
@Table(name = "pcm_nomination")
public class PcmNominationEntry extends PanacheEntityBase {

    /** Where a nomination stands. */
    public enum Status {
        NOMINATED,
        ACCEPTED,
        WAITLISTED,
        REFUSED,
        WITHDRAWN,
        ITERATION_CANCELLED
    }

    @Id
    @Column(name = "nomination_id")
    public UUID nominationId;

    @Column(name = "contribution_id")
    public UUID contributionId;

    @Column(name = "iteration_id")
    public UUID iterationId;

    public String nation;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Enumerated(EnumType.STRING)
    public Attendance attendance;

    public boolean completed;
}
