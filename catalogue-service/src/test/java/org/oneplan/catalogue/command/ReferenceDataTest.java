package org.oneplan.catalogue.command;

import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.CatalogueCommands.ChangeDisciplineCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ChangeInstitutionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DefineDisciplineCommand;
import org.oneplan.catalogue.api.CatalogueCommands.RegisterInstitutionCommand;
import org.oneplan.contracts.catalogue.DisciplineChangedEvent;
import org.oneplan.contracts.catalogue.DisciplineDefinedEvent;
import org.oneplan.contracts.catalogue.InstitutionKind;
import org.oneplan.contracts.catalogue.OfferingInstitutionChangedEvent;
import org.oneplan.contracts.catalogue.OfferingInstitutionRegisteredEvent;
import org.oneplan.platform.domain.InvalidCommand;

class ReferenceDataTest {

    private static final UUID DISCIPLINE = UUID.fromString("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
    private static final UUID INSTITUTION = CatalogueFixtures.INSTITUTION;

    private final AggregateTestFixture<Discipline> disciplines = new AggregateTestFixture<>(Discipline.class);
    private final AggregateTestFixture<OfferingInstitution> institutions =
            new AggregateTestFixture<>(OfferingInstitution.class);

    @Test
    void an_administrator_defines_a_discipline_with_a_code_and_a_name() {
        disciplines
                .givenNoPriorActivity()
                .when(new DefineDisciplineCommand(DISCIPLINE, "LT", " Language training ", true))
                .expectEvents(new DisciplineDefinedEvent(DISCIPLINE, "LT", "Language training", true));
        disciplines
                .givenNoPriorActivity()
                .when(new DefineDisciplineCommand(DISCIPLINE, "LT", " ", true))
                .expectException(InvalidCommand.class);
    }

    @Test
    void a_discipline_is_renamed_or_closed_and_an_unchanged_one_records_nothing() {
        disciplines
                .given(new DisciplineDefinedEvent(DISCIPLINE, "X37", "Placeholder 37", true))
                .when(new ChangeDisciplineCommand(DISCIPLINE, null, "Cyber defence", false))
                .expectEvents(new DisciplineChangedEvent(DISCIPLINE, "Cyber defence", false));
        disciplines
                .given(new DisciplineDefinedEvent(DISCIPLINE, "X37", "Placeholder 37", true))
                .when(new ChangeDisciplineCommand(DISCIPLINE, null, "Placeholder 37", true))
                .expectNoEvents();
    }

    @Test
    void an_administrator_registers_and_corrects_an_offering_institution() {
        institutions
                .givenNoPriorActivity()
                .when(new RegisterInstitutionCommand(INSTITUTION, "NATO School", InstitutionKind.NATO_BODY, "NATO"))
                .expectEvents(new OfferingInstitutionRegisteredEvent(
                        INSTITUTION, "NATO School", InstitutionKind.NATO_BODY, "NATO"));
        institutions
                .given(new OfferingInstitutionRegisteredEvent(
                        INSTITUTION, "NATO School", InstitutionKind.NATO_BODY, "NATO"))
                .when(new ChangeInstitutionCommand(
                        INSTITUTION, null, "NATO School Oberammergau", InstitutionKind.NATO_BODY, "NATO"))
                .expectEvents(new OfferingInstitutionChangedEvent(
                        INSTITUTION, "NATO School Oberammergau", InstitutionKind.NATO_BODY, "NATO"));
        institutions
                .given(new OfferingInstitutionRegisteredEvent(
                        INSTITUTION, "NATO School", InstitutionKind.NATO_BODY, "NATO"))
                .when(new ChangeInstitutionCommand(INSTITUTION, null, "NATO School", InstitutionKind.NATO_BODY, "NATO"))
                .expectNoEvents();
    }
}
