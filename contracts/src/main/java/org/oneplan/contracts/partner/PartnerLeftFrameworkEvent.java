package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "partner")
public record PartnerLeftFrameworkEvent(UUID partnerId, Framework framework, LocalDate leftOn)
        implements PartnerEvent {}
