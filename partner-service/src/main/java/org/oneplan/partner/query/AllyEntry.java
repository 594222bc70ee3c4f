package org.oneplan.partner.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "ally_roster")
public class AllyEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public String name;

    @Column(name = "accession_date")
    public LocalDate accessionDate;
}
