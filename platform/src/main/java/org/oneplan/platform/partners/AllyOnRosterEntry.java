package org.oneplan.platform.partners;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

@Entity(name = "AllyOnRoster")
@Table(name = "ally_roster")
public class AllyOnRosterEntry extends PanacheEntityBase {

    @Id
    public String code;

    public String name;

    @Column(name = "accession_date")
    public LocalDate accessionDate;
}
