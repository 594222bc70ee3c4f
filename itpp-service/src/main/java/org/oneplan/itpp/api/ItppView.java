package org.oneplan.itpp.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.itpp.query.ItppContent;

/** An ITPP as the API returns it; {@code version} is also its ETag. */
public record ItppView(
        UUID id,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        int cycleEndYear,
        ItppStatus status,
        boolean partnerAgreed,
        Instant silenceEnds,
        Instant approvedAt,
        List<ItppContent.Objective> objectives,
        List<ItppContent.Goal> goals,
        List<ItppContent.Objection> objections,
        long version) {
}
