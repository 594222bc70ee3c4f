package org.oneplan.contracts.partner;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner's name or Membership Action Plan status changed. */
@DomainEvent(context = "partner")
public record PartnerDetailsUpdatedEvent(UUID partnerId, String name, boolean membershipActionPlan)
        implements PartnerEvent {}
