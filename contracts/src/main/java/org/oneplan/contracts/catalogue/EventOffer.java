package org.oneplan.contracts.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.shared.Classification;

/**
 * What a contribution offers, as submitted or revised. No person is named: the point of contact is a role
 * mailbox.
 *
 * @param hostNation null for an online event
 * @param city null for an online event
 * @param language and {@code languageLevel} the STANAG 6001 profile, e.g. "English" and "3-3-3-3"
 * @param feeEuros 0 for a free event
 */
public record EventOffer(
        String title,
        String description,
        UUID institutionId,
        String disciplineCode,
        DeliveryMethod deliveryMethod,
        String hostNation,
        String city,
        String language,
        String languageLevel,
        Classification requiredClearance,
        List<Framework> eligibleAudience,
        boolean organiserApprovalNeeded,
        int minSeats,
        int maxSeats,
        BigDecimal feeEuros,
        String pointOfContact) {

    public EventOffer {
        eligibleAudience = List.copyOf(eligibleAudience);
    }
}
