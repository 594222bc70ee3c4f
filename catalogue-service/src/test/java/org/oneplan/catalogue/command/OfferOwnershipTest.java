package org.oneplan.catalogue.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oneplan.catalogue.command.CatalogueFixtures.CONTRIBUTION;
import static org.oneplan.catalogue.command.CatalogueFixtures.NATO_BODY;
import static org.oneplan.catalogue.command.CatalogueFixtures.iteration;
import static org.oneplan.catalogue.command.CatalogueFixtures.offer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.catalogue.api.CatalogueCommands.ReviseContributionCommand;
import org.oneplan.catalogue.api.CatalogueCommands.SubmitContributionCommand;
import org.oneplan.catalogue.command.CatalogueRefusals.InstitutionOfAnotherNation;
import org.oneplan.catalogue.command.CatalogueRefusals.IterationListedTwice;
import org.oneplan.contracts.catalogue.ContributionApprovedEvent;
import org.oneplan.contracts.catalogue.ContributionSubmittedEvent;
import org.oneplan.contracts.catalogue.EventOffer;
import org.oneplan.contracts.catalogue.Iteration;

/** Who offers under which institution, iterations listed once, and what reads as a role mailbox. */
class OfferOwnershipTest {

    private AggregateTestFixture<Contribution> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contribution.class);
        fixture.registerInjectableResource(CatalogueFixtures.known());
    }

    private static SubmitContributionCommand submit(String nation, EventOffer offer, List<Iteration> iterations) {
        return new SubmitContributionCommand(CONTRIBUTION, 2027, nation, offer, iterations);
    }

    private static EventOffer under(UUID institution) {
        EventOffer o = offer();
        return new EventOffer(
                o.title(),
                o.description(),
                institution,
                o.disciplineCode(),
                o.deliveryMethod(),
                o.hostNation(),
                o.city(),
                o.language(),
                o.languageLevel(),
                o.requiredClearance(),
                o.eligibleAudience(),
                o.organiserApprovalNeeded(),
                o.minSeats(),
                o.maxSeats(),
                o.feeEuros(),
                o.pointOfContact());
    }

    @Test
    void an_ally_or_partner_offers_only_under_its_own_nations_institution() {
        fixture.givenNoPriorActivity()
                .when(submit("GEO", offer(), List.of(iteration(3))))
                .expectException(InstitutionOfAnotherNation.class);
        fixture.givenNoPriorActivity()
                .when(submit("FRA", under(NATO_BODY), List.of(iteration(3))))
                .expectException(InstitutionOfAnotherNation.class);
    }

    @Test
    void staff_offer_under_nato_bodies_and_not_for_a_national_institution() {
        fixture.givenNoPriorActivity()
                .when(submit("NATO", under(NATO_BODY), List.of(iteration(3))))
                .expectEvents(new ContributionSubmittedEvent(
                        CONTRIBUTION, 2027, "NATO", under(NATO_BODY), List.of(iteration(3))));
        fixture.givenNoPriorActivity()
                .when(submit("NATO", offer(), List.of(iteration(3))))
                .expectException(InstitutionOfAnotherNation.class);
    }

    @Test
    void a_revision_keeps_the_event_under_an_institution_of_the_offering_nation_even_when_staff_revise() {
        fixture.given(
                        new ContributionSubmittedEvent(CONTRIBUTION, 2027, "FRA", offer(), List.of(iteration(3))),
                        new ContributionApprovedEvent(CONTRIBUTION, 2027, Instant.parse("2026-11-02T09:00:00Z")))
                .when(new ReviseContributionCommand(CONTRIBUTION, null, null, under(NATO_BODY)))
                .expectException(InstitutionOfAnotherNation.class);
    }

    @Test
    void an_offer_lists_each_iteration_start_once() {
        Iteration again = new Iteration(UUID.randomUUID(), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 9));
        fixture.givenNoPriorActivity()
                .when(submit("FRA", offer(), List.of(iteration(3), iteration(5), again)))
                .expectException(IterationListedTwice.class);
    }

    @Test
    void a_role_mailbox_is_one_word_or_hyphenated_words_and_a_persons_shape_is_refused() {
        assertThat(List.of("registrar@x.example", "pcm-courses@x.example", "dpb2027@x.example", "info@x.example"))
                .allMatch(OfferRules::isRoleAddress);
        assertThat(List.of(
                        "jane.doe@x.example",
                        "j.doe@x.example",
                        "Jane_Doe@x.example",
                        "jane.m.doe@x.example",
                        "john.training@x.example",
                        "jane.doe2@x.example",
                        "@x.example"))
                .noneMatch(OfferRules::isRoleAddress);
    }
}
