package org.oneplan.itpp.command;

import java.util.Optional;
import java.util.UUID;

/**
 * What the ITPP context knows of partners, from {@code oneplan.partner.events}: enough to refuse an ITPP
 * for an unknown or suspended partner.
 */
public interface PartnerDirectory {

    record KnownPartner(UUID partnerId, String code, boolean suspended) {}

    Optional<KnownPartner> find(UUID partnerId);
}
