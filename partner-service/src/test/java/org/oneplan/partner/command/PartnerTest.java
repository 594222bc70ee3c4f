package org.oneplan.partner.command;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.oneplan.partner.api.PartnerCommands.EnrolInProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.JoinFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveFrameworkCommand;
import org.oneplan.partner.api.PartnerCommands.LeaveProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RecordPredecessorProgrammeCommand;
import org.oneplan.partner.api.PartnerCommands.RegisterPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.ReinstatePartnerCommand;
import org.oneplan.partner.api.PartnerCommands.SuspendPartnerCommand;
import org.oneplan.partner.api.PartnerCommands.UpdatePartnerDetailsCommand;
import org.oneplan.partner.command.PartnerRefusals.AlreadyEnrolled;
import org.oneplan.partner.command.PartnerRefusals.AlreadyInFramework;
import org.oneplan.partner.command.PartnerRefusals.AnpNeedsMembershipActionPlan;
import org.oneplan.partner.command.PartnerRefusals.NotEnrolled;
import org.oneplan.partner.command.PartnerRefusals.NotInFramework;
import org.oneplan.partner.command.PartnerRefusals.ParpNeedsCouncilDecision;
import org.oneplan.partner.command.PartnerRefusals.PartnerAlreadySuspended;
import org.oneplan.partner.command.PartnerRefusals.PartnerIsSuspended;
import org.oneplan.partner.command.PartnerRefusals.PartnerNotSuspended;
import org.oneplan.platform.domain.InvalidCommand;

class PartnerTest {

    private static final UUID ID = UUID.fromString("2b0f1d7e-8c1a-4a53-9f0e-6a1b2c3d4e5f");
    private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

    private AggregateTestFixture<Partner> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Partner.class);
        fixture.registerInjectableResource((AlliesOnRecord) code -> switch (code) {
            case "GRC" -> Optional.of(LocalDate.of(1952, 2, 18));
            case "FIN" -> Optional.of(LocalDate.of(2023, 4, 4));
            default -> Optional.empty();
        });
    }

    private static PartnerRegisteredEvent pfpPartner() {
        return new PartnerRegisteredEvent(
                ID, "GEO", "Georgia", PartnerKind.STATE, Set.of(Framework.EAPC_PFP), false, DAY);
    }

    private static PartnerRegisteredEvent mediterraneanPartner() {
        return new PartnerRegisteredEvent(
                ID, "JOR", "Jordan", PartnerKind.STATE, Set.of(Framework.MEDITERRANEAN_DIALOGUE), false, DAY);
    }

    @Test
    void registers_a_state_with_its_frameworks() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(
                        ID, "GEO", " Georgia ", PartnerKind.STATE, Set.of(Framework.EAPC_PFP), false, DAY))
                .expectEvents(pfpPartner());
    }

    @Test
    void registers_an_organisation_under_its_acronym() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(
                        ID, "UN", "United Nations", PartnerKind.INTERNATIONAL_ORGANISATION, Set.of(), false, DAY))
                .expectEvents(new PartnerRegisteredEvent(
                        ID, "UN", "United Nations", PartnerKind.INTERNATIONAL_ORGANISATION, Set.of(), false, DAY));
    }

    @Test
    void refuses_a_state_whose_code_is_not_iso_alpha_3() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "XYZ", "Nowhere", PartnerKind.STATE, Set.of(), false, DAY))
                .expectException(InvalidCommand.class)
                .expectNoEvents();
    }

    @Test
    void an_update_that_changes_nothing_records_nothing() {
        fixture.given(pfpPartner())
                .when(new UpdatePartnerDetailsCommand(ID, null, "Georgia ", false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refuses_to_register_a_partner_under_the_code_of_an_ally() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "GRC", "Greece", PartnerKind.STATE, Set.of(), false, DAY))
                .expectException(PartnerRefusals.CodeOfAnAlly.class)
                .expectNoEvents();
    }

    @Test
    void records_the_partnership_of_a_nation_that_joined_the_alliance_later() {
        LocalDate beforeAccession = LocalDate.of(1994, 5, 9);
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(
                        ID, "FIN", "Finland", PartnerKind.STATE, Set.of(), false, beforeAccession))
                .expectEvents(new PartnerRegisteredEvent(
                        ID, "FIN", "Finland", PartnerKind.STATE, Set.of(), false, beforeAccession));
    }

    @Test
    void refuses_a_blank_name() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPartnerCommand(ID, "GEO", " ", PartnerKind.STATE, Set.of(), false, DAY))
                .expectException(InvalidCommand.class);
    }

    @Test
    void updates_details_and_returns_the_new_version() {
        fixture.given(pfpPartner())
                .when(new UpdatePartnerDetailsCommand(ID, null, "Georgia", true))
                .expectEvents(new PartnerDetailsUpdatedEvent(ID, "Georgia", true))
                .expectResultMessagePayload(1L);
    }

    @Test
    void joins_and_leaves_a_framework() {
        fixture.given(pfpPartner())
                .when(new JoinFrameworkCommand(ID, null, Framework.PARTNERS_ACROSS_THE_GLOBE, DAY))
                .expectEvents(new PartnerJoinedFrameworkEvent(ID, Framework.PARTNERS_ACROSS_THE_GLOBE, DAY));
        fixture.given(pfpPartner())
                .when(new LeaveFrameworkCommand(ID, null, Framework.EAPC_PFP, DAY))
                .expectEvents(new PartnerLeftFrameworkEvent(ID, Framework.EAPC_PFP, DAY));
    }

    @Test
    void refuses_to_join_a_framework_twice_or_leave_one_it_is_not_in() {
        fixture.given(pfpPartner())
                .when(new JoinFrameworkCommand(ID, null, Framework.EAPC_PFP, DAY))
                .expectException(AlreadyInFramework.class);
        fixture.given(pfpPartner())
                .when(new LeaveFrameworkCommand(ID, null, Framework.MEDITERRANEAN_DIALOGUE, DAY))
                .expectException(NotInFramework.class);
    }

    @Test
    void suspends_with_reason_and_date_then_reinstates() {
        fixture.given(pfpPartner())
                .when(new SuspendPartnerCommand(ID, null, "Council decision", DAY))
                .expectEvents(new PartnerSuspendedEvent(ID, "Council decision", DAY));
        fixture.given(pfpPartner(), new PartnerSuspendedEvent(ID, "Council decision", DAY))
                .when(new ReinstatePartnerCommand(ID, null, "Council decision", DAY.plusYears(1)))
                .expectEvents(new PartnerReinstatedEvent(ID, "Council decision", DAY.plusYears(1)));
    }

    @Test
    void refuses_to_suspend_a_suspended_partner() {
        fixture.given(pfpPartner(), new PartnerSuspendedEvent(ID, "Council decision", DAY))
                .when(new SuspendPartnerCommand(ID, null, "again", DAY))
                .expectException(PartnerAlreadySuspended.class)
                .expectNoEvents();
    }

    @Test
    void refuses_to_reinstate_an_active_partner() {
        fixture.given(pfpPartner())
                .when(new ReinstatePartnerCommand(ID, null, null, DAY))
                .expectException(PartnerNotSuspended.class);
    }

    @Test
    void refuses_a_suspension_without_reason() {
        fixture.given(pfpPartner())
                .when(new SuspendPartnerCommand(ID, null, "", DAY))
                .expectException(InvalidCommand.class);
    }

    @Test
    void enrols_a_pfp_partner_in_parp_without_a_council_decision() {
        fixture.given(pfpPartner())
                .when(new EnrolInProgrammeCommand(ID, null, Programme.PARP, DAY, null))
                .expectEvents(new PartnerEnrolledInProgrammeEvent(ID, Programme.PARP, DAY, null));
    }

    @Test
    void refuses_parp_for_a_partner_outside_pfp_without_a_council_decision() {
        fixture.given(mediterraneanPartner())
                .when(new EnrolInProgrammeCommand(ID, null, Programme.PARP, DAY, null))
                .expectException(ParpNeedsCouncilDecision.class)
                .expectNoEvents();
    }

    @Test
    void enrols_a_partner_outside_pfp_in_parp_on_a_council_decision() {
        NacDecision decision = new NacDecision("PO(2025)0042", DAY.minusMonths(1));
        fixture.given(mediterraneanPartner())
                .when(new EnrolInProgrammeCommand(ID, null, Programme.PARP, DAY, decision))
                .expectEvents(new PartnerEnrolledInProgrammeEvent(ID, Programme.PARP, DAY, decision));
    }

    @Test
    void refuses_anp_for_a_partner_without_a_membership_action_plan() {
        fixture.given(pfpPartner())
                .when(new EnrolInProgrammeCommand(ID, null, Programme.ANP, DAY, null))
                .expectException(AnpNeedsMembershipActionPlan.class);
    }

    @Test
    void enrols_a_membership_action_plan_country_in_anp() {
        fixture.given(pfpPartner(), new PartnerDetailsUpdatedEvent(ID, "Georgia", true))
                .when(new EnrolInProgrammeCommand(ID, null, Programme.ANP, DAY, null))
                .expectEvents(new PartnerEnrolledInProgrammeEvent(ID, Programme.ANP, DAY, null));
    }

    @Test
    void refuses_enrolment_twice_and_leaving_a_programme_it_is_not_in() {
        fixture.given(pfpPartner(), new PartnerEnrolledInProgrammeEvent(ID, Programme.OCC, DAY, null))
                .when(new EnrolInProgrammeCommand(ID, null, Programme.OCC, DAY, null))
                .expectException(AlreadyEnrolled.class);
        fixture.given(pfpPartner())
                .when(new LeaveProgrammeCommand(ID, null, Programme.OCC, DAY))
                .expectException(NotEnrolled.class);
    }

    @Test
    void leaves_a_programme() {
        fixture.given(pfpPartner(), new PartnerEnrolledInProgrammeEvent(ID, Programme.OCC, DAY, null))
                .when(new LeaveProgrammeCommand(ID, null, Programme.OCC, DAY.plusYears(2)))
                .expectEvents(new PartnerLeftProgrammeEvent(ID, Programme.OCC, DAY.plusYears(2)));
    }

    @Test
    void refuses_new_cooperation_with_a_suspended_partner() {
        fixture.given(pfpPartner(), new PartnerSuspendedEvent(ID, "Council decision", DAY))
                .when(new EnrolInProgrammeCommand(ID, null, Programme.DCB, DAY, null))
                .expectException(PartnerIsSuspended.class);
        fixture.given(pfpPartner(), new PartnerSuspendedEvent(ID, "Council decision", DAY))
                .when(new JoinFrameworkCommand(ID, null, Framework.PARTNERS_ACROSS_THE_GLOBE, DAY))
                .expectException(PartnerIsSuspended.class);
    }

    @Test
    void records_a_predecessor_programme_and_refuses_one_that_ends_before_it_starts() {
        fixture.given(pfpPartner())
                .when(new RecordPredecessorProgrammeCommand(
                        ID, null, PredecessorProgramme.IPAP, LocalDate.of(2004, 10, 29), LocalDate.of(2021, 3, 1)))
                .expectEvents(new PredecessorProgrammeRecordedEvent(
                        ID, PredecessorProgramme.IPAP, LocalDate.of(2004, 10, 29), LocalDate.of(2021, 3, 1)));
        fixture.given(pfpPartner())
                .when(new RecordPredecessorProgrammeCommand(
                        ID, null, PredecessorProgramme.IPCP, LocalDate.of(2021, 3, 1), LocalDate.of(2004, 10, 29)))
                .expectException(InvalidCommand.class);
    }

    @Test
    void refuses_a_command_made_against_a_stale_version() {
        fixture.given(pfpPartner(), new PartnerDetailsUpdatedEvent(ID, "Georgia", false))
                .when(new UpdatePartnerDetailsCommand(ID, 0L, "Sakartvelo", false))
                .expectException(org.axonframework.modelling.command.ConflictingAggregateVersionException.class);
    }
}
