package org.oneplan.catalogue.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.oneplan.contracts.catalogue.Framework;

/**
 * The catalogue frameworks a partner is eligible under, from the frameworks the partner view (platform
 * part, fed by partner-service) records for it: each partnership framework maps to the catalogue's name for
 * it, and "others as approved" admits any partner.
 */
final class EligibleFrameworks {

    private EligibleFrameworks() {}

    /** @param partnerFrameworks the partner view's space-separated framework names */
    static List<String> of(String partnerFrameworks) {
        List<String> eligible = new ArrayList<>();
        for (String name : partnerFrameworks.strip().split(" ")) {
            if (!name.isEmpty()) {
                eligible.add(
                        catalogueName(org.oneplan.contracts.partner.Framework.valueOf(name.toUpperCase(Locale.ROOT)))
                                .name());
            }
        }
        eligible.add(Framework.OTHERS_AS_APPROVED.name());
        return eligible;
    }

    static Framework catalogueName(org.oneplan.contracts.partner.Framework framework) {
        switch (framework) {
            case EAPC_PFP:
                return Framework.EAPC_PFP;
            case MEDITERRANEAN_DIALOGUE:
                return Framework.MD;
            case ISTANBUL_COOPERATION_INITIATIVE:
                return Framework.ICI;
            case PARTNERS_ACROSS_THE_GLOBE:
                return Framework.PARTNERS_ACROSS_THE_GLOBE;
            default:
                throw new IllegalArgumentException("no catalogue framework for " + framework);
        }
    }
}
