package org.oneplan.parp.command;

import java.util.UUID;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.parp.command.ParpRefusals.PartnerNotInParp;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/** Who a PARP cycle can open for: a known partner, not suspended, enrolled in PARP (partner-service decides). */
final class EnrolmentPolicy {

    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2100;

    private EnrolmentPolicy() {}

    /** The partner's code, when a cycle starting in {@code startYear} may open for it. */
    static String enrolledPartner(KnownPartners partners, UUID partnerId, int startYear) {
        KnownPartner partner = partners.active(partnerId);
        if (!partner.isEnrolledIn(Programme.PARP)) {
            throw new PartnerNotInParp(partner.code());
        }
        if (startYear < FIRST_YEAR || startYear > LAST_YEAR) {
            throw new InvalidCommand("startYear", "PARP cycles inside ITPP cycles start from 2021");
        }
        return partner.code();
    }
}
