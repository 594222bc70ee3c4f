package org.oneplan.catalogue.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.ParticipantCommands.CorrectParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.EraseParticipantCommand;
import org.oneplan.catalogue.api.ParticipantCommands.RegisterParticipantCommand;
import org.oneplan.catalogue.api.ParticipantDetails;
import org.oneplan.catalogue.api.ParticipantVault;
import org.oneplan.catalogue.command.CatalogueRefusals.NotTheRegisteringNation;
import org.oneplan.catalogue.command.CatalogueRefusals.ParticipantAlreadyRegistered;
import org.oneplan.catalogue.command.CatalogueRefusals.ParticipantErased;
import org.oneplan.contracts.catalogue.ParticipantDetailsCorrectedEvent;
import org.oneplan.contracts.catalogue.ParticipantErasedEvent;
import org.oneplan.contracts.catalogue.ParticipantRegisteredEvent;
import org.oneplan.contracts.catalogue.Sex;
import org.oneplan.platform.domain.InvalidCommand;

class ParticipantTest {

    private static final UUID NINO = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c5d-6e7f8a9b0c1d");
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final ParticipantDetails DETAILS = new ParticipantDetails(
            "Nino Beridze", "Major", "Staff officer", "n.beridze@mod.example", LocalDate.of(1988, 5, 4), Sex.FEMALE);

    private final AggregateTestFixture<Participant> fixture = new AggregateTestFixture<>(Participant.class);
    private final TestVault vault = new TestVault();

    @BeforeEach
    void vault() {
        fixture.registerInjectableResource(vault);
    }

    @Test
    void a_nation_registers_a_person_whose_details_the_event_carries_only_sealed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterParticipantCommand(NINO, "GEO", DETAILS))
                .expectEvents(new ParticipantRegisteredEvent(NINO, "GEO", "sealed#1"));
    }

    @Test
    void the_same_email_registered_twice_by_a_nation_is_refused_naming_the_participant() {
        UUID other = UUID.randomUUID();
        vault.registered.put("GEO|n.beridze@mod.example", other);

        fixture.givenNoPriorActivity()
                .when(new RegisterParticipantCommand(NINO, "GEO", DETAILS))
                .expectException(ParticipantAlreadyRegistered.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString(other.toString()));
    }

    @Test
    void a_person_without_a_name_an_email_or_a_sex_is_invalid() {
        ParticipantDetails nameless = new ParticipantDetails(" ", null, null, "a@b.example", null, Sex.MALE);
        ParticipantDetails sexless = new ParticipantDetails("A B", null, null, "a@b.example", null, null);

        fixture.givenNoPriorActivity()
                .when(new RegisterParticipantCommand(NINO, "GEO", nameless))
                .expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(new RegisterParticipantCommand(NINO, "GEO", sexless))
                .expectException(InvalidCommand.class);
    }

    @Test
    void the_registering_nation_corrects_the_details_and_an_unchanged_correction_records_nothing() {
        vault.details.put("sealed#0", DETAILS);
        ParticipantDetails promoted = new ParticipantDetails(
                "Nino Beridze",
                "Lieutenant Colonel",
                "Staff officer",
                "n.beridze@mod.example",
                LocalDate.of(1988, 5, 4),
                Sex.FEMALE);

        fixture.given(new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"))
                .when(new CorrectParticipantCommand(NINO, null, "GEO", promoted))
                .expectEvents(new ParticipantDetailsCorrectedEvent(NINO, "sealed#1"));
        fixture.given(new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"))
                .when(new CorrectParticipantCommand(NINO, null, "GEO", DETAILS))
                .expectNoEvents();
    }

    @Test
    void another_nation_cannot_correct_a_participant() {
        fixture.given(new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"))
                .when(new CorrectParticipantCommand(NINO, null, "UKR", DETAILS))
                .expectException(NotTheRegisteringNation.class);
    }

    @Test
    void erasure_destroys_the_key_and_keeps_only_the_sex_for_the_statistics() {
        vault.details.put("sealed#0", DETAILS);

        fixture.given(new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"))
                .when(new EraseParticipantCommand(NINO, null, NOW))
                .expectEvents(new ParticipantErasedEvent(NINO, NOW, Sex.FEMALE));
        org.assertj.core.api.Assertions.assertThat(vault.destroyed).containsExactly(NINO);
    }

    @Test
    void an_erased_participant_is_neither_erased_again_nor_corrected() {
        fixture.given(
                        new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"),
                        new ParticipantErasedEvent(NINO, NOW, Sex.FEMALE))
                .when(new EraseParticipantCommand(NINO, null, NOW))
                .expectException(ParticipantErased.class);
        fixture.given(
                        new ParticipantRegisteredEvent(NINO, "GEO", "sealed#0"),
                        new ParticipantErasedEvent(NINO, NOW, Sex.FEMALE))
                .when(new CorrectParticipantCommand(NINO, null, "GEO", DETAILS))
                .expectException(ParticipantErased.class);
    }

    /** A vault in memory whose "sealed" texts are numbered, so that events can be expected exactly. */
    static final class TestVault implements ParticipantVault {
        final Map<String, UUID> registered = new HashMap<>();
        final Map<String, ParticipantDetails> details = new HashMap<>();
        final java.util.List<UUID> destroyed = new java.util.ArrayList<>();
        private int seals;

        @Override
        public Optional<UUID> registeredAs(String nation, String email) {
            return Optional.ofNullable(registered.get(nation + "|" + email));
        }

        @Override
        public String sealNew(UUID participantId, String nation, ParticipantDetails sealed) {
            return seal(participantId, sealed);
        }

        @Override
        public String seal(UUID participantId, ParticipantDetails sealed) {
            String text = "sealed#" + ++seals;
            details.put(text, sealed);
            return text;
        }

        @Override
        public Optional<ParticipantDetails> open(UUID participantId, String sealedDetails) {
            return Optional.ofNullable(details.get(sealedDetails));
        }

        @Override
        public void destroy(UUID participantId) {
            destroyed.add(participantId);
        }
    }
}
