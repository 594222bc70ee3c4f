package org.oneplan.catalogue.query;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.shared.Classification;

/** What an event offers, as read: the event's offer, with the place an online event lacks marked nullable. */
public record CatalogueEventOffer(
        String title,
        String description,
        UUID institutionId,
        String disciplineCode,
        DeliveryMethod deliveryMethod,
        @Schema(nullable = true) String hostNation,
        @Schema(nullable = true) String city,
        String language,
        String languageLevel,
        Classification requiredClearance,
        List<Framework> eligibleAudience,
        boolean organiserApprovalNeeded,
        int minSeats,
        int maxSeats,
        BigDecimal feeEuros,
        String pointOfContact) {

    static CatalogueEventOffer of(EventOffer offer) {
        return new CatalogueEventOffer(
                offer.title(),
                offer.description(),
                offer.institutionId(),
                offer.disciplineCode(),
                offer.deliveryMethod(),
                offer.hostNation(),
                offer.city(),
                offer.language(),
                offer.languageLevel(),
                offer.requiredClearance(),
                offer.eligibleAudience(),
                offer.organiserApprovalNeeded(),
                offer.minSeats(),
                offer.maxSeats(),
                offer.feeEuros(),
                offer.pointOfContact());
    }
}
