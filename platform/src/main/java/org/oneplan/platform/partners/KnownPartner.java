package org.oneplan.platform.partners;

import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.Programme;

/** What a service knows of one partner: enough to decide whether it may take part in a programme. */
public record KnownPartner(
        UUID partnerId,
        String code,
        boolean suspended,
        Set<Framework> frameworks,
        Set<Programme> programmes,
        boolean membershipActionPlan) {

    public KnownPartner {
        frameworks = Set.copyOf(frameworks);
        programmes = Set.copyOf(programmes);
    }

    /** A partner known only by code and status, as write-side tests need it. */
    public static KnownPartner of(UUID partnerId, String code, boolean suspended) {
        return new KnownPartner(partnerId, code, suspended, Set.of(), Set.of(), false);
    }

    public boolean isEnrolledIn(Programme programme) {
        return programmes.contains(programme);
    }

    public boolean belongsTo(Framework framework) {
        return frameworks.contains(framework);
    }
}
