package org.oneplan.itpp.command;

import java.util.UUID;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/** Who an ITPP can be drafted for: a known partner whose cooperation is not suspended, from 2021 on. */
final class DraftingPolicy {

    static final int FIRST_CYCLE = 2021;
    static final int LAST_CYCLE = 2100;

    private DraftingPolicy() {}

    /** The partner's code, when an ITPP for that cycle may be drafted. */
    static String eligiblePartner(KnownPartners partners, UUID partnerId, int cycleStartYear) {
        KnownPartner partner = partners.active(partnerId);
        if (cycleStartYear < FIRST_CYCLE || cycleStartYear > LAST_CYCLE) {
            throw new InvalidCommand("cycleStartYear", "ITPP cycles start from 2021, when ITPPs were agreed");
        }
        return partner.code();
    }
}
