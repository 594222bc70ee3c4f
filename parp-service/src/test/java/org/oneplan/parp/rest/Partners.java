package org.oneplan.parp.rest;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.testing.OtherServiceTopic;

/** Plays partner-service's part in the tests: partners registered (and enrolled in PARP) and Allies admitted. */
final class Partners {

    private final OtherServiceTopic topic;

    Partners(String bootstrap) {
        this.topic = OtherServiceTopic.of(bootstrap, "partner");
    }

    static UUID idOf(String code) {
        return UUID.nameUUIDFromBytes(("oneplan:partner:" + code).getBytes(StandardCharsets.UTF_8));
    }

    /** A PfP partner enrolled in PARP. */
    UUID enrolledInParp(String code) {
        return enrolled(registered(code));
    }

    /** A PfP partner with Membership Action Plan status, enrolled in PARP. */
    UUID enrolledMapCountry(String code) {
        return enrolled(mapCountry(code));
    }

    private UUID enrolled(UUID id) {
        topic.publish(
                "Partner",
                id,
                1,
                new PartnerEnrolledInProgrammeEvent(id, Programme.PARP, LocalDate.of(2020, 1, 1), null));
        return id;
    }

    /** A PfP partner, not (yet) enrolled in PARP. */
    UUID registered(String code) {
        return register(code, false);
    }

    /** A PfP partner with Membership Action Plan status. */
    UUID mapCountry(String code) {
        return register(code, true);
    }

    private UUID register(String code, boolean membershipActionPlan) {
        UUID id = idOf(code);
        topic.publish(
                "Partner",
                id,
                0,
                new PartnerRegisteredEvent(
                        id,
                        code,
                        code,
                        PartnerKind.STATE,
                        Set.of(Framework.EAPC_PFP),
                        membershipActionPlan,
                        LocalDate.of(1994, 1, 1)));
        return id;
    }

    void admitAlly(String code) {
        UUID id = UUID.nameUUIDFromBytes(("oneplan:ally:" + code).getBytes(StandardCharsets.UTF_8));
        topic.publish("Ally", id, 0, new AllyAdmittedEvent(id, code, code, LocalDate.of(1949, 4, 4)));
    }
}
