package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The partner takes part in a programme from a date.
 *
 * @param nacDecision the North Atlantic Council decision that opened the programme to the partner, where one
 *     was needed (PARP outside PfP); {@code null} otherwise
 */
@DomainEvent(context = "partner")
public record PartnerEnrolledInProgrammeEvent(
        UUID partnerId, Programme programme, LocalDate enrolledOn, NacDecision nacDecision) implements PartnerEvent {}
