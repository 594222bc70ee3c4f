package org.oneplan.partner.command;

import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.partner.AllyAdmittedEvent;
import org.oneplan.partner.api.PartnerCommands.AdmitAllyCommand;
import org.oneplan.platform.domain.InvalidCommand;

class AllyTest {

    private static final UUID ID = UUID.fromString("0b7e8f61-3a2c-4e59-8d47-5c6a1f2e9b03");

    private final AggregateTestFixture<Ally> fixture = new AggregateTestFixture<>(Ally.class);

    @Test
    void admits_an_ally_on_its_accession_date() {
        fixture.givenNoPriorActivity()
                .when(new AdmitAllyCommand(ID, "SWE", "Sweden", LocalDate.of(2024, 3, 7)))
                .expectEvents(new AllyAdmittedEvent(ID, "SWE", "Sweden", LocalDate.of(2024, 3, 7)));
    }

    @Test
    void refuses_an_ally_whose_code_is_not_iso_alpha_3() {
        fixture.givenNoPriorActivity()
                .when(new AdmitAllyCommand(ID, "SW", "Sweden", LocalDate.of(2024, 3, 7)))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }
}
