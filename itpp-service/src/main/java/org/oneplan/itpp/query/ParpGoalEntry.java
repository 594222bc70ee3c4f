package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.platform.projection.Json;

/** A {@link ParpGoal} as stored, one row per approved PARP goal of a package that names an ITPP. */
@Entity
@Table(name = "parp_goal")
public class ParpGoalEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "parp_cycle_id")
    public UUID parpCycleId;

    @Column(name = "itpp_id")
    public UUID itppId;

    @Column(name = "partner_code")
    public String partnerCode;

    public String code;

    public String title;

    @Enumerated(EnumType.STRING)
    public CapabilityArea area;

    @Column(name = "from_year")
    public int fromYear;

    @Column(name = "to_year")
    public int toYear;

    /** The ITPP goal ids as a JSON array. */
    @Column(name = "itpp_goal_ids")
    public String itppGoalIds;

    @Enumerated(EnumType.STRING)
    public ImplementationStatus status;

    @Column(name = "status_recorded_on")
    public LocalDate statusRecordedOn;

    public String evidence;

    ParpGoal goal() {
        return new ParpGoal(
                id,
                parpCycleId,
                itppId,
                partnerCode,
                code,
                title,
                area,
                fromYear,
                toYear,
                List.of(Json.read(itppGoalIds, UUID[].class)),
                status,
                statusRecordedOn,
                evidence);
    }

    void write(ParpGoal goal) {
        id = goal.id();
        parpCycleId = goal.parpCycleId();
        itppId = goal.itppId();
        partnerCode = goal.partnerCode();
        code = goal.code();
        title = goal.title();
        area = goal.area();
        fromYear = goal.fromYear();
        toYear = goal.toYear();
        itppGoalIds = Json.write(goal.itppGoalIds());
        status = goal.status();
        statusRecordedOn = goal.statusRecordedOn();
        evidence = goal.evidence();
    }
}
