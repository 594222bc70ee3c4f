package org.oneplan.catalogue.command;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.oneplan.catalogue.api.KnownCatalogue;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Framework;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.shared.Classification;

/** What the fixture tests share: a known catalogue (DPB active, CCMS closed, a French institution and a NATO body) and an offer. */
final class CatalogueFixtures {

    static final UUID INSTITUTION = UUID.fromString("2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID NATO_BODY = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b");
    static final UUID CONTRIBUTION = UUID.fromString("3c4d5e6f-7a8b-4c9d-8e1f-2a3b4c5d6e7f");
    static final UUID APPROVED_ONE = UUID.fromString("6f7a8b9c-0d1e-4f2a-9b4c-5d6e7f8a9b0c");

    private CatalogueFixtures() {}

    static KnownCatalogue known() {
        return new KnownCatalogue() {
            @Override
            public Optional<Boolean> disciplineActive(String code) {
                return code.equals("DPB")
                        ? Optional.of(true)
                        : code.equals("CCMS") ? Optional.of(false) : Optional.empty();
            }

            @Override
            public Optional<String> institutionNation(UUID institutionId) {
                return institutionId.equals(INSTITUTION)
                        ? Optional.of("FRA")
                        : institutionId.equals(NATO_BODY) ? Optional.of("NATO") : Optional.empty();
            }

            @Override
            public List<UUID> approvedIn(int year) {
                return year == 2027 ? List.of(APPROVED_ONE) : List.of();
            }
        };
    }

    static EventOffer offer() {
        return new EventOffer(
                "Defence planning course",
                "Budgeting for defence planners",
                INSTITUTION,
                "DPB",
                DeliveryMethod.RESIDENT,
                "DEU",
                "Oberammergau",
                "English",
                "3-3-3-3",
                Classification.NATO_UNCLASSIFIED,
                List.of(Framework.NATO, Framework.EAPC_PFP),
                true,
                10,
                40,
                new BigDecimal("250.00"),
                "registrar@natoschool.example");
    }

    static Iteration iteration(int month) {
        return new Iteration(
                UUID.nameUUIDFromBytes(("iteration" + month).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                LocalDate.of(2027, month, 1),
                LocalDate.of(2027, month, 5));
    }
}
