package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner ran an IPCP or IPAP before its ITPP; {@code until} is {@code null} while it still runs. */
@DomainEvent(context = "partner")
public record PredecessorProgrammeRecordedEvent(
        UUID partnerId, PredecessorProgramme programme, LocalDate from, LocalDate until) implements PartnerEvent {}
