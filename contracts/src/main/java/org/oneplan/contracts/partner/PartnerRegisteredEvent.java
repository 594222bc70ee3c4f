package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/**
 * A partner entered the directory.
 *
 * @param code ISO 3166-1 alpha-3 for a state; a short upper-case acronym for an organisation
 * @param membershipActionPlan whether the partner runs a Membership Action Plan (and so may run an ANP)
 */
@DomainEvent(context = "partner")
public record PartnerRegisteredEvent(
        UUID partnerId,
        String code,
        String name,
        PartnerKind kind,
        Set<Framework> frameworks,
        boolean membershipActionPlan,
        LocalDate registeredOn)
        implements PartnerEvent {

    public PartnerRegisteredEvent {
        frameworks = Frameworks.copyOf(frameworks);
    }
}
