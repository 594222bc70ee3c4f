package org.oneplan.partner.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.partner.Framework;
import org.oneplan.contracts.partner.PartnerEnrolledInProgrammeEvent;
import org.oneplan.contracts.partner.PartnerKind;
import org.oneplan.contracts.partner.PartnerRegisteredEvent;
import org.oneplan.contracts.partner.PartnerSuspendedEvent;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.platform.axon.Serializers;

/** A snapshot must restore exactly the state the events built, or loading from it would change decisions. */
class PartnerSnapshotTest {

    @Test
    void a_partner_snapshot_reads_back_with_the_same_state() {
        UUID id = UUID.randomUUID();
        Partner partner = new Partner();
        partner.on(new PartnerRegisteredEvent(
                id, "GEO", "Georgia", PartnerKind.STATE, Set.of(Framework.EAPC_PFP), true, LocalDate.of(1994, 3, 23)));
        partner.on(new PartnerEnrolledInProgrammeEvent(id, Programme.PARP, LocalDate.of(2024, 1, 1), null));
        partner.on(new PartnerSuspendedEvent(id, "test", LocalDate.of(2025, 1, 1)));

        Serializer serializer = Serializers.events();
        SerializedObject<byte[]> snapshot = serializer.serialize(partner, byte[].class);
        Partner restored = serializer.deserialize(snapshot);

        assertThat(restored).usingRecursiveComparison().isEqualTo(partner);
    }
}
