package org.oneplan.contracts;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.NacDecision;
import org.oneplan.contracts.partner.PartnerDetailsUpdatedEvent;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerJoinedFrameworkEvent;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerLeftFrameworkEvent;
import org.oneplan.contracts.partner.PartnerLeftProgrammeEvent;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerReinstatedEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.contracts.partner.PredecessorProgramme;
import org.oneplan.contracts.partner.PredecessorProgrammeRecordedEvent;
import org.oneplan.contracts.partner.Programme;

/** One fixed instance of every published event type. */
final class SampleEvents {

    private static final UUID PARTNER = UUID.fromString("6f1c2a56-2d4e-4c3b-9a51-0d4f6c1e7a10");
    private static final UUID ALLY = UUID.fromString("0b7e8f61-3a2c-4e59-8d47-5c6a1f2e9b03");

    private SampleEvents() {
    }

    static List<Object> all() {
        return List.of(
                new PartnerRegisteredEvent(PARTNER, "GEO", "Georgia", PartnerKind.STATE,
                        Set.of(Framework.EAPC_PFP), false, LocalDate.of(1994, 3, 23)),
                new PartnerDetailsUpdatedEvent(PARTNER, "Georgia", true),
                new PartnerJoinedFrameworkEvent(PARTNER, Framework.PARTNERS_ACROSS_THE_GLOBE, LocalDate.of(2024, 1, 1)),
                new PartnerLeftFrameworkEvent(PARTNER, Framework.PARTNERS_ACROSS_THE_GLOBE, LocalDate.of(2025, 1, 1)),
                new PartnerSuspendedEvent(PARTNER, "Council decision", LocalDate.of(2022, 3, 1)),
                new PartnerReinstatedEvent(PARTNER, "Council decision", LocalDate.of(2023, 3, 1)),
                new PartnerEnrolledInProgrammeEvent(PARTNER, Programme.PARP, LocalDate.of(2024, 1, 1),
                        new NacDecision("PO(2024)0001", LocalDate.of(2023, 12, 1))),
                new PartnerLeftProgrammeEvent(PARTNER, Programme.PARP, LocalDate.of(2026, 1, 1)),
                new PredecessorProgrammeRecordedEvent(PARTNER, PredecessorProgramme.IPAP,
                        LocalDate.of(2004, 10, 29), LocalDate.of(2021, 3, 1)),
                new AllyAdmittedEvent(ALLY, "NOR", "Norway", LocalDate.of(1949, 8, 24)));
    }
}
