package org.oneplan.partner.query;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerStatus;

/** A partner as the API returns it; {@code version} is also its ETag. */
public record PartnerView(
        UUID id,
        String code,
        String name,
        PartnerKind kind,
        Set<Framework> frameworks,
        boolean membershipActionPlan,
        PartnerStatus status,

        @Schema(nullable = true, description = "Present while the partner is suspended")
        Suspension suspension,

        List<Participation.Enrolment> programmes,
        List<Participation.Predecessor> predecessorProgrammes,
        LocalDate registeredOn,
        long version) {

    public record Suspension(
            LocalDate since, @Schema(nullable = true) String reason) {}
}
