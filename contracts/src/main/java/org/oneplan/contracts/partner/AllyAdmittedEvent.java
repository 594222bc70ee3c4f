package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A nation became an Ally on its accession date; the roster on any day D is every Ally admitted on or
 * before D. Published on {@code oneplan.partner.events}, keyed by ally id.
 *
 * @param code ISO 3166-1 alpha-3
 */
@DomainEvent(context = "partner")
public record AllyAdmittedEvent(UUID allyId, String code, String name, LocalDate accessionDate) {}
