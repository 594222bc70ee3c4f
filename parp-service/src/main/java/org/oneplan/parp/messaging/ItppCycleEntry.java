package org.oneplan.parp.messaging;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** An ITPP seen drafted on {@code oneplan.itpp.events}: whose it is and when its four-year cycle starts. */
@Entity
@Table(name = "itpp_cycle")
public class ItppCycleEntry extends PanacheEntityBase {

    @Id
    @Column(name = "itpp_id")
    public UUID itppId;

    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(name = "partner_code")
    public String partnerCode;

    @Column(name = "cycle_start_year")
    public int cycleStartYear;
}
