package org.oneplan.contracts.parp;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * The ANP, with the annual assessment the Allies agreed, was discussed with the partner at the North
 * Atlantic Council on {@code discussedOn}; {@code summary} records the outcome.
 */
@DomainEvent(context = "parp")
public record AnpDiscussedAtNacEvent(UUID anpId, LocalDate discussedOn, String summary) implements AnpEvent {}
