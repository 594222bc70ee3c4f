package org.oneplan.itpp.query;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "known_partner")
public class KnownPartnerEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    public String code;
    public boolean suspended;
}
