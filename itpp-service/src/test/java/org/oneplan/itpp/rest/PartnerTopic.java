package org.oneplan.itpp.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.platform.testing.OtherServiceTopic;

/** Plays partner-service's part on the real broker: partners and Allies onto {@code oneplan.partner.events}. */
final class PartnerTopic {

    private PartnerTopic() {}

    static UUID registerPartner(String bootstrap, String code) {
        UUID id = UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
        publish(
                bootstrap,
                "Partner",
                id,
                0,
                new PartnerRegisteredEvent(
                        id,
                        code,
                        code,
                        PartnerKind.STATE,
                        Set.of(Framework.EAPC_PFP),
                        false,
                        LocalDate.of(1994, 1, 1)));
        return id;
    }

    static void suspendPartner(String bootstrap, UUID id) {
        publish(bootstrap, "Partner", id, 1, new PartnerSuspendedEvent(id, "test", LocalDate.of(2022, 1, 1)));
    }

    static UUID admitAlly(String bootstrap, String code, LocalDate accession) {
        UUID id = UUID.nameUUIDFromBytes(("oneplan:ally:" + code).getBytes(StandardCharsets.UTF_8));
        publish(bootstrap, "Ally", id, 0, new AllyAdmittedEvent(id, code, code, accession));
        return id;
    }

    private static void publish(String bootstrap, String type, UUID id, long sequence, Object payload) {
        OtherServiceTopic.of(bootstrap, "partner").publish(type, id, sequence, payload);
    }
}
