package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

@DomainEvent(context = "partner")
public record PartnerJoinedFrameworkEvent(UUID partnerId, Framework framework, LocalDate joinedOn)
        implements PartnerEvent {}
