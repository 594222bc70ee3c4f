package org.oneplan.platform.partners;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** One row of the partner view; frameworks and programmes are space-separated enum names. */
@Entity(name = "KnownPartner")
@Table(name = "known_partner")
public class KnownPartnerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public boolean suspended;
    public String frameworks = "";
    public String programmes = "";

    @Column(name = "membership_action_plan")
    public boolean membershipActionPlan;
}
