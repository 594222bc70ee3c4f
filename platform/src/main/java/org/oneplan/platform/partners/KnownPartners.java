package org.oneplan.platform.partners;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side's port onto the partners and Allies known from {@code oneplan.partner.events}. Command
 * handlers receive it as a parameter (Axon resolves it as a registered component).
 */
public interface KnownPartners {

    Optional<KnownPartner> find(UUID partnerId);

    /** The partner, known and not suspended; refused (422 unknown-partner, partner-suspended) otherwise. */
    default KnownPartner active(UUID partnerId) {
        KnownPartner partner = find(partnerId).orElseThrow(() -> new PartnerRefusals.UnknownPartner(partnerId));
        if (partner.suspended()) {
            throw new PartnerRefusals.PartnerSuspended(partner.code());
        }
        return partner;
    }

    /** The codes of the Allies on the roster on {@code day} (accession on or before it), in order. */
    List<String> alliesOn(LocalDate day);
}
