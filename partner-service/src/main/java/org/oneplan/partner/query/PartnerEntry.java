package org.oneplan.partner.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerStatus;

/** A partner as the directory shows it. */
@Entity
@Table(name = "partner_directory")
public class PartnerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String name;

    @Enumerated(EnumType.STRING)
    public PartnerKind kind;

    public String frameworks;
    public String programmes;

    @Column(name = "membership_action_plan")
    public boolean membershipActionPlan;

    @Enumerated(EnumType.STRING)
    public PartnerStatus status;

    @Column(name = "suspended_on")
    public LocalDate suspendedOn;

    @Column(name = "suspension_reason")
    public String suspensionReason;

    @Column(name = "registered_on")
    public LocalDate registeredOn;
    /** Programme enrolments and predecessor programmes, as JSON ({@link Participation}). */
    public String participation;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
