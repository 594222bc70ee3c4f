package org.oneplan.catalogue.command;

import static org.oneplan.catalogue.command.CatalogueFixtures.APPROVED_ONE;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.CatalogueCommands.BreakCatalogueSilenceCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CirculateCatalogueCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitCatalogueCommand;
import org.oneplan.catalogue.command.CatalogueRefusals.NothingApproved;
import org.oneplan.contracts.catalogue.AnnualCatalogueCirculatedEvent;
import org.oneplan.contracts.catalogue.AnnualCataloguePublishedEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSilenceBrokenEvent;
import org.oneplan.contracts.catalogue.AnnualCatalogueSubmittedEvent;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotSubmitted;
import org.oneplan.platform.approval.SilenceDeadline;

class AnnualCatalogueTest {

    private static final UUID CATALOGUE = UUID.fromString("5e6f7a8b-9c0d-4e1f-8a3b-4c5d6e7f8a9b");
    private static final List<String> ROSTER = List.of("FRA", "NOR");

    private final Instant now = Instant.parse("2026-11-02T09:00:00Z");
    private final Instant silenceEnds = now.plus(Duration.ofDays(10));
    private AggregateTestFixture<AnnualCatalogue> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualCatalogue.class);
        fixture.registerInjectableResource(CatalogueFixtures.known());
    }

    private AnnualCatalogueSubmittedEvent submitted() {
        return new AnnualCatalogueSubmittedEvent(CATALOGUE, 2027, List.of(APPROVED_ONE));
    }

    private AnnualCatalogueCirculatedEvent circulated() {
        return new AnnualCatalogueCirculatedEvent(CATALOGUE, silenceEnds, ROSTER);
    }

    @Test
    void staff_submit_the_years_catalogue_listing_the_events_approved_for_it() {
        fixture.givenNoPriorActivity()
                .when(new SubmitCatalogueCommand(CATALOGUE, 2027))
                .expectEvents(submitted());
    }

    @Test
    void a_year_with_no_approved_event_has_no_catalogue_to_submit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitCatalogueCommand(CATALOGUE, 2030))
                .expectException(NothingApproved.class);
    }

    @Test
    void a_catalogue_on_its_way_is_not_submitted_again() {
        fixture.given(submitted())
                .when(new SubmitCatalogueCommand(CATALOGUE, 2027))
                .expectException(NotInDraft.class);
    }

    @Test
    void circulation_needs_a_submitted_catalogue_and_schedules_the_silence_deadline() {
        fixture.given(submitted(), circulated(), new AnnualCatalogueSilenceBrokenEvent(CATALOGUE, "FRA", "Missing"))
                .when(new CirculateCatalogueCommand(CATALOGUE, null, silenceEnds, ROSTER, now))
                .expectException(NotSubmitted.class);
        fixture.givenCurrentTime(now)
                .andGiven(submitted())
                .when(new CirculateCatalogueCommand(CATALOGUE, null, silenceEnds, ROSTER, now))
                .expectEvents(circulated())
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(silenceEnds));
    }

    @Test
    void the_catalogue_is_published_when_silence_holds_to_the_deadline() {
        fixture.givenCurrentTime(now)
                .andGiven(submitted())
                .andGivenCommands(new CirculateCatalogueCommand(CATALOGUE, null, silenceEnds, ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(silenceEnds))
                .expectEvents(new AnnualCataloguePublishedEvent(CATALOGUE, 2027, silenceEnds, List.of(APPROVED_ONE)));
    }

    @Test
    void an_ally_on_the_roster_breaks_silence_and_the_catalogue_is_resubmitted_later() {
        fixture.givenCurrentTime(now)
                .andGiven(submitted(), circulated())
                .when(new BreakCatalogueSilenceCommand(CATALOGUE, "NOR", "Add the cyber course", now))
                .expectEvents(new AnnualCatalogueSilenceBrokenEvent(CATALOGUE, "NOR", "Add the cyber course"));
        fixture.givenCurrentTime(now)
                .andGiven(submitted(), circulated())
                .when(new BreakCatalogueSilenceCommand(CATALOGUE, "SWE", "Late", now))
                .expectException(NotOnAllyRoster.class);
        fixture.given(submitted(), circulated(), new AnnualCatalogueSilenceBrokenEvent(CATALOGUE, "NOR", "Add"))
                .when(new SubmitCatalogueCommand(CATALOGUE, 2027))
                .expectEvents(submitted());
    }

    @Test
    void a_published_catalogue_is_not_submitted_again() {
        fixture.given(
                        submitted(),
                        circulated(),
                        new AnnualCataloguePublishedEvent(CATALOGUE, 2027, silenceEnds, List.of(APPROVED_ONE)))
                .when(new SubmitCatalogueCommand(CATALOGUE, 2027))
                .expectException(AlreadyApproved.class);
    }
}
