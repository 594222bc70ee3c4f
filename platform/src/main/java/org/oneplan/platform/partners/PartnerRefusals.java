package org.oneplan.platform.partners;

import java.util.UUID;
import org.oneplan.platform.domain.DomainRuleViolation;

/** The refusals of any command naming a partner the partner view does not know as active (answered 422). */
public final class PartnerRefusals {

    private PartnerRefusals() {}

    public static final class UnknownPartner extends DomainRuleViolation {
        UnknownPartner(UUID partnerId) {
            super("unknown-partner", "No partner " + partnerId + " is registered");
        }
    }

    public static final class PartnerSuspended extends DomainRuleViolation {
        PartnerSuspended(String code) {
            super("partner-suspended", "Cooperation with " + code + " is suspended: nothing new can start with it");
        }
    }
}
