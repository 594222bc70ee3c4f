package org.oneplan.assessment.messaging;

import java.util.UUID;
import org.oneplan.contracts.parp.AnpEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;

/**
 * An ANP as assessment-service knows it from {@code oneplan.parp.events}: whose, which year, and whether the
 * partner submitted it (only a submitted programme is assessed). The chapters' text stays with parp-service.
 */
public record AnpView(UUID anpId, UUID partnerId, String partnerCode, int year, boolean submitted) {

    /** The ANP after one more of its events; the first must be its opening. */
    public static AnpView fold(AnpView anp, AnpEvent event) {
        if (event instanceof AnpOpenedEvent opened) {
            return new AnpView(opened.anpId(), opened.partnerId(), opened.partnerCode(), opened.year(), false);
        }
        if (anp == null) {
            throw new IllegalStateException("an ANP's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        if (event instanceof AnpSubmittedEvent) {
            return new AnpView(anp.anpId, anp.partnerId, anp.partnerCode, anp.year, true);
        }
        return anp;
    }
}
