package org.oneplan.parp.command;

import java.util.UUID;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.parp.command.ParpRefusals.NotThisPartner;
import org.oneplan.platform.axon.RecordMarking;

/** Whose cycle it is and when: fixed when the cycle opens. */
record ParpCycleHeader(UUID parpCycleId, UUID partnerId, String partnerCode, int startYear, UUID itppId) {

    static ParpCycleHeader of(ParpCycleOpenedEvent opened) {
        return new ParpCycleHeader(
                opened.parpCycleId(), opened.partnerId(), opened.partnerCode(), opened.startYear(), opened.itppId());
    }

    /** PARP documents are NATO RESTRICTED, releasable to the partner. */
    RecordMarking marking() {
        return RecordMarking.restrictedReleasableTo(partnerCode);
    }

    void requireThisPartner(String nation) {
        if (!partnerCode.equals(nation)) {
            throw new NotThisPartner();
        }
    }
}
