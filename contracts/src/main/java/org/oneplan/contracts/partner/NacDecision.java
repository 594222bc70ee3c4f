package org.oneplan.contracts.partner;

import java.time.LocalDate;
import java.util.Objects;

/** A recorded North Atlantic Council decision, e.g. opening PARP to a partner outside PfP. */
public record NacDecision(String reference, LocalDate decidedOn) {

    public NacDecision {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }
}
