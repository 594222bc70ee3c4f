package org.oneplan.catalogue.command;

import static org.oneplan.catalogue.command.CatalogueFixtures.CONTRIBUTION;
import static org.oneplan.catalogue.command.CatalogueFixtures.INSTITUTION;
import static org.oneplan.catalogue.command.CatalogueFixtures.iteration;
import static org.oneplan.catalogue.command.CatalogueFixtures.offer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.CatalogueCommands.AddIterationCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ApproveContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.CancelContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.DeclineContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.ReviseContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitContributionCommand;
import org.oneplan.catalogue.command.CatalogueRefusals.AlreadyCancelled;
import org.oneplan.catalogue.command.CatalogueRefusals.CapacityInverted;
import org.oneplan.catalogue.command.CatalogueRefusals.DisciplineInactive;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationEndsBeforeStart;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationExists;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationOutsideYear;
import org.oneplan.catalogue.command.CatalogueRefusals.LocationMissing;
import org.oneplan.catalogue.command.CatalogueRefusals.NotApproved;
import org.oneplan.catalogue.command.CatalogueRefusals.NotSubmitted;
import org.oneplan.catalogue.command.CatalogueRefusals.NotTheOfferingNation;
import org.oneplan.catalogue.command.CatalogueRefusals.OnlineHasNoLocation;
import org.oneplan.catalogue.command.CatalogueRefusals.PersonalPointOfContact;
import org.oneplan.catalogue.command.CatalogueRefusals.UnknownDiscipline;
import org.oneplan.catalogue.command.CatalogueRefusals.UnknownInstitution;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionCancelledEvent;
import org.oneplan.contracts.catalogue.ContributionDeclinedEvent;
import org.oneplan.contracts.catalogue.ContributionRevisedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.DeliveryMethod;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Iteration;
import org.oneplan.contracts.catalogue.IterationAddedEvent;
import org.oneplan.platform.domain.InvalidCommand;

class ContributionTest {

    private final Instant now = Instant.parse("2026-11-02T09:00:00Z");
    private AggregateTestFixture<Contribution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contribution.class);
        fixture.registerInjectableResource(CatalogueFixtures.known());
    }

    private static ContributionSubmittedEvent submitted() {
        return new ContributionSubmittedEvent(CONTRIBUTION, 2027, "FRA", offer(), List.of(iteration(3)));
    }

    private TestExecutor<Contribution> approved() {
        return fixture.given(submitted(), new ContributionApprovedEvent(CONTRIBUTION, 2027, now));
    }

    private static SubmitContributionCommand submit(EventOffer offer, List<Iteration> iterations) {
        return new SubmitContributionCommand(CONTRIBUTION, 2027, "FRA", offer, iterations);
    }

    private static EventOffer with(
            String discipline,
            UUID institution,
            DeliveryMethod delivery,
            String host,
            String city,
            int min,
            String poc) {
        EventOffer o = offer();
        return new EventOffer(
                o.title(),
                o.description(),
                institution,
                discipline,
                delivery,
                host,
                city,
                o.language(),
                o.languageLevel(),
                o.requiredClearance(),
                o.eligibleAudience(),
                o.organiserApprovalNeeded(),
                min,
                o.maxSeats(),
                o.feeEuros(),
                poc);
    }

    @Test
    void a_contribution_with_a_known_discipline_institution_and_iterations_in_its_year_is_submitted() {
        fixture.givenNoPriorActivity()
                .when(submit(offer(), List.of(iteration(3))))
                .expectEvents(submitted());
    }

    @Test
    void a_contribution_names_a_known_active_discipline() {
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("XYZ", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 10, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(UnknownDiscipline.class);
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("CCMS", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 10, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(DisciplineInactive.class);
    }

    @Test
    void a_contribution_names_a_registered_institution() {
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("DPB", UUID.randomUUID(), DeliveryMethod.RESIDENT, "DEU", "Bonn", 10, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(UnknownInstitution.class);
    }

    @Test
    void the_minimum_of_seats_is_not_above_the_maximum() {
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("DPB", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 41, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(CapacityInverted.class);
    }

    @Test
    void an_event_held_in_a_place_names_it_and_an_online_one_names_none() {
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("DPB", INSTITUTION, DeliveryMethod.MOBILE_TRAINING_TEAM, "DEU", null, 10, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(LocationMissing.class);
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("DPB", INSTITUTION, DeliveryMethod.ONLINE_ADL, "DEU", "Bonn", 10, "pcm@x.example"),
                        List.of(iteration(3))))
                .expectException(OnlineHasNoLocation.class);
    }

    @Test
    void the_point_of_contact_is_a_role_mailbox_not_a_person() {
        fixture.givenNoPriorActivity()
                .when(submit(
                        with("DPB", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 10, "jane.doe@x.example"),
                        List.of(iteration(3))))
                .expectException(PersonalPointOfContact.class);
    }

    @Test
    void a_contribution_has_iterations_within_its_year_each_ending_after_it_starts() {
        fixture.givenNoPriorActivity().when(submit(offer(), List.of())).expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(submit(
                        offer(),
                        List.of(new Iteration(UUID.randomUUID(), LocalDate.of(2027, 3, 5), LocalDate.of(2027, 3, 1)))))
                .expectException(IterationEndsBeforeStart.class);
        fixture.givenNoPriorActivity()
                .when(submit(
                        offer(),
                        List.of(new Iteration(UUID.randomUUID(), LocalDate.of(2028, 1, 5), LocalDate.of(2028, 1, 9)))))
                .expectException(IterationOutsideYear.class);
    }

    @Test
    void staff_approve_or_decline_a_submitted_contribution_once() {
        fixture.given(submitted())
                .when(new ApproveContributionCommand(CONTRIBUTION, null, now))
                .expectEvents(new ContributionApprovedEvent(CONTRIBUTION, 2027, now));
        fixture.given(submitted())
                .when(new DeclineContributionCommand(CONTRIBUTION, null, "Duplicates a course"))
                .expectEvents(new ContributionDeclinedEvent(CONTRIBUTION, "Duplicates a course"));
        approved()
                .when(new DeclineContributionCommand(CONTRIBUTION, null, "Late"))
                .expectException(NotSubmitted.class);
        fixture.given(submitted(), new ContributionDeclinedEvent(CONTRIBUTION, "No"))
                .when(new ApproveContributionCommand(CONTRIBUTION, null, now))
                .expectException(NotSubmitted.class);
    }

    @Test
    void declining_says_why() {
        fixture.given(submitted())
                .when(new DeclineContributionCommand(CONTRIBUTION, null, " "))
                .expectException(InvalidCommand.class);
    }

    @Test
    void staff_or_the_offering_nation_revise_an_approved_event() {
        EventOffer revised = with("DPB", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 12, "courses@x.example");
        approved()
                .when(new ReviseContributionCommand(CONTRIBUTION, null, "FRA", revised))
                .expectEvents(new ContributionRevisedEvent(CONTRIBUTION, revised));
        approved()
                .when(new ReviseContributionCommand(CONTRIBUTION, null, null, revised))
                .expectEvents(new ContributionRevisedEvent(CONTRIBUTION, revised));
        approved()
                .when(new ReviseContributionCommand(CONTRIBUTION, null, "GEO", revised))
                .expectException(NotTheOfferingNation.class);
        approved()
                .when(new ReviseContributionCommand(CONTRIBUTION, null, null, offer()))
                .expectNoEvents();
    }

    @Test
    void a_revision_keeps_the_offers_rules() {
        approved()
                .when(new ReviseContributionCommand(
                        CONTRIBUTION,
                        null,
                        null,
                        with("DPB", INSTITUTION, DeliveryMethod.RESIDENT, "DEU", "Bonn", 50, "pcm@x.example")))
                .expectException(CapacityInverted.class);
    }

    @Test
    void only_an_approved_event_is_revised_extended_or_cancelled() {
        fixture.given(submitted())
                .when(new ReviseContributionCommand(CONTRIBUTION, null, null, offer()))
                .expectException(NotApproved.class);
        fixture.given(submitted())
                .when(new AddIterationCommand(CONTRIBUTION, null, null, iteration(5)))
                .expectException(NotApproved.class);
        fixture.given(submitted())
                .when(new CancelContributionCommand(CONTRIBUTION, null, null, "No"))
                .expectException(NotApproved.class);
    }

    @Test
    void an_iteration_is_added_within_the_year_and_not_twice() {
        approved()
                .when(new AddIterationCommand(CONTRIBUTION, null, "FRA", iteration(5)))
                .expectEvents(new IterationAddedEvent(CONTRIBUTION, iteration(5)));
        approved()
                .when(new AddIterationCommand(CONTRIBUTION, null, null, iteration(3)))
                .expectException(IterationExists.class);
        approved()
                .when(new AddIterationCommand(
                        CONTRIBUTION,
                        null,
                        null,
                        new Iteration(UUID.randomUUID(), LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2))))
                .expectException(IterationOutsideYear.class);
    }

    @Test
    void an_approved_event_is_cancelled_once_with_a_reason() {
        approved()
                .when(new CancelContributionCommand(CONTRIBUTION, null, "FRA", "Too few nominations"))
                .expectEvents(new ContributionCancelledEvent(CONTRIBUTION, "Too few nominations"));
        approved()
                .when(new CancelContributionCommand(CONTRIBUTION, null, null, " "))
                .expectException(InvalidCommand.class);
        approved()
                .andGiven(new ContributionCancelledEvent(CONTRIBUTION, "Gone"))
                .when(new CancelContributionCommand(CONTRIBUTION, null, null, "Again"))
                .expectException(AlreadyCancelled.class);
        approved()
                .andGiven(new ContributionCancelledEvent(CONTRIBUTION, "Gone"))
                .when(new AddIterationCommand(CONTRIBUTION, null, null, iteration(6)))
                .expectException(AlreadyCancelled.class);
    }

    @Test
    void a_free_event_costs_nothing() {
        EventOffer o = offer();
        EventOffer free = new EventOffer(
                o.title(),
                o.description(),
                o.institutionId(),
                o.disciplineCode(),
                DeliveryMethod.ONLINE_ADL,
                null,
                null,
                o.language(),
                o.languageLevel(),
                o.requiredClearance(),
                o.eligibleAudience(),
                false,
                1,
                500,
                BigDecimal.ZERO,
                "adl@x.example");
        fixture.givenNoPriorActivity()
                .when(submit(free, List.of(iteration(3))))
                .expectEvents(new ContributionSubmittedEvent(CONTRIBUTION, 2027, "FRA", free, List.of(iteration(3))));
    }
}
