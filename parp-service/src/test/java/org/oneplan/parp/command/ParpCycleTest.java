package org.oneplan.parp.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.parp.ApprovedParpGoal;
import org.oneplan.contracts.parp.CapabilityArea;
import org.oneplan.contracts.parp.GoalPriority;
import org.oneplan.contracts.parp.ImplementationStatus;
import org.oneplan.contracts.parp.ParpCycleOpenedEvent;
import org.oneplan.contracts.parp.ParpGoalAgreedEvent;
import org.oneplan.contracts.parp.ParpGoalChangeRequestedEvent;
import org.oneplan.contracts.parp.ParpGoalDeclinedEvent;
import org.oneplan.contracts.parp.ParpGoalDraftedEvent;
import org.oneplan.contracts.parp.ParpGoalProgressRecordedEvent;
import org.oneplan.contracts.parp.ParpGoalRevisedEvent;
import org.oneplan.contracts.parp.ParpGoalTerms;
import org.oneplan.contracts.parp.ParpGoalWithdrawnEvent;
import org.oneplan.contracts.parp.ParpPackageAgreedByPartnerEvent;
import org.oneplan.contracts.parp.ParpPackageApprovedEvent;
import org.oneplan.contracts.parp.ParpPackageCirculatedEvent;
import org.oneplan.contracts.parp.ParpPackageSubmittedEvent;
import org.oneplan.contracts.parp.ParpSilenceBrokenEvent;
import org.oneplan.contracts.parp.ParpSilenceProcedureLapsedEvent;
import org.oneplan.contracts.parp.ParpSurveyIssuedEvent;
import org.oneplan.contracts.parp.SurveyAnswerSavedEvent;
import org.oneplan.contracts.parp.SurveyClarificationRequestedEvent;
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.contracts.parp.SurveySubmittedEvent;
import org.oneplan.contracts.partner.Programme;
import org.oneplan.parp.api.KnownItppCycles;
import org.oneplan.parp.api.ParpCommands.AgreeParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.AnswerParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.BreakParpSilenceCommand;
import org.oneplan.parp.api.ParpCommands.CirculateParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.DraftParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.GoalAnswer;
import org.oneplan.parp.api.ParpCommands.IssueSurveyCommand;
import org.oneplan.parp.api.ParpCommands.OpenParpCycleCommand;
import org.oneplan.parp.api.ParpCommands.RecordGoalProgressCommand;
import org.oneplan.parp.api.ParpCommands.RequestClarificationCommand;
import org.oneplan.parp.api.ParpCommands.ReviseParpGoalCommand;
import org.oneplan.parp.api.ParpCommands.SaveSurveyAnswerCommand;
import org.oneplan.parp.api.ParpCommands.SubmitParpPackageCommand;
import org.oneplan.parp.api.ParpCommands.SubmitSurveyCommand;
import org.oneplan.parp.api.ParpCommands.WithdrawParpGoalCommand;
import org.oneplan.parp.command.ParpRefusals.GoalCodeTaken;
import org.oneplan.parp.command.ParpRefusals.GoalsNotAgreed;
import org.oneplan.parp.command.ParpRefusals.ItppOfAnotherPartner;
import org.oneplan.parp.command.ParpRefusals.NotThisPartner;
import org.oneplan.parp.command.ParpRefusals.NothingToSubmit;
import org.oneplan.parp.command.ParpRefusals.OutsideTheItppCycle;
import org.oneplan.parp.command.ParpRefusals.OverlappingCycle;
import org.oneplan.parp.command.ParpRefusals.PackageNotAgreedByPartner;
import org.oneplan.parp.command.ParpRefusals.PackageNotApproved;
import org.oneplan.parp.command.ParpRefusals.PartnerNotInParp;
import org.oneplan.parp.command.ParpRefusals.SectionNotAnswered;
import org.oneplan.parp.command.ParpRefusals.SurveyAlreadyIssued;
import org.oneplan.parp.command.ParpRefusals.SurveyAlreadySubmitted;
import org.oneplan.parp.command.ParpRefusals.SurveyIncomplete;
import org.oneplan.parp.command.ParpRefusals.SurveyNotIssued;
import org.oneplan.parp.command.ParpRefusals.SurveyNotSubmitted;
import org.oneplan.parp.command.ParpRefusals.SurveySectionClosed;
import org.oneplan.parp.command.ParpRefusals.UnknownGoal;
import org.oneplan.parp.command.ParpRefusals.UnknownItpp;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.PartnerRefusals.PartnerSuspended;
import org.oneplan.platform.partners.PartnerRefusals.UnknownPartner;
import org.oneplan.platform.testing.InMemoryKnownPartners;

class ParpCycleTest {

    private static final UUID CYCLE = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID GEORGIA = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID BELARUS = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID JAPAN = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID ITPP = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final UUID OTHER_ITPP = UUID.fromString("c9c9c9c9-0000-4000-8000-0000000000c9");
    private static final UUID ITPP_GOAL = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final UUID GOAL = UUID.fromString("a7a7a7a7-0000-4000-8000-0000000000a7");
    private static final UUID OTHER_GOAL = UUID.fromString("b8b8b8b8-0000-4000-8000-0000000000b8");
    private static final List<String> ROSTER = List.of("FRA", "NOR", "USA");

    private final Instant now = Instant.parse("2026-04-01T09:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 4, 1);
    private AggregateTestFixture<ParpCycle> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ParpCycle.class);
        fixture.registerInjectableResource(new InMemoryKnownPartners()
                .with(enrolled(GEORGIA, "GEO", false))
                .with(enrolled(BELARUS, "BLR", true))
                .with(KnownPartner.of(JAPAN, "JPN", false)));
        fixture.registerInjectableResource(
                new ParpCalendar(opened::contains, id -> itpps.getOrDefault(id, java.util.Optional.empty())));
    }

    private final java.util.Set<UUID> opened = new java.util.HashSet<>();
    private final java.util.Map<UUID, java.util.Optional<KnownItppCycles.KnownItppCycle>> itpps =
            new java.util.HashMap<>(java.util.Map.of(
                    ITPP, java.util.Optional.of(new KnownItppCycles.KnownItppCycle(ITPP, GEORGIA, 2026)),
                    OTHER_ITPP, java.util.Optional.of(new KnownItppCycles.KnownItppCycle(OTHER_ITPP, JAPAN, 2026))));

    private static KnownPartner enrolled(UUID id, String code, boolean suspended) {
        return new KnownPartner(id, code, suspended, Set.of(), Set.of(Programme.PARP), false);
    }

    private TestExecutor<ParpCycle> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static ParpCycleOpenedEvent opened() {
        return new ParpCycleOpenedEvent(CYCLE, GEORGIA, "GEO", 2026, ITPP);
    }

    private static ParpGoalTerms terms(String code) {
        return new ParpGoalTerms(
                code,
                "Deployable light infantry battalion",
                CapabilityArea.LAND,
                "A battalion able to operate with Allied forces",
                List.of("STANAG 2116"),
                GoalPriority.HIGH,
                2026,
                2029,
                List.of(ITPP_GOAL));
    }

    private static ParpGoalDraftedEvent drafted() {
        return new ParpGoalDraftedEvent(CYCLE, GOAL, terms("G 0101"));
    }

    private static ParpSurveyIssuedEvent issued(List<String> questions) {
        return new ParpSurveyIssuedEvent(CYCLE, questions, LocalDate.of(2026, 6, 30));
    }

    private static Object[] answeredExceptQuestions() {
        return new Object[] {
            new SurveyAnswerSavedEvent(CYCLE, SurveySection.DEFENCE_POLICY_AND_PLANNING, "Policy"),
            new SurveyAnswerSavedEvent(CYCLE, SurveySection.FORCES_AND_CAPABILITIES_OFFERED, "Forces"),
            new SurveyAnswerSavedEvent(CYCLE, SurveySection.DEFENCE_BUDGET_AND_RESOURCES, "Budget"),
            new SurveyAnswerSavedEvent(CYCLE, SurveySection.INTEROPERABILITY, "Interoperability")
        };
    }

    private ParpPackageCirculatedEvent circulated() {
        return new ParpPackageCirculatedEvent(CYCLE, now.plus(Duration.ofDays(10)), ROSTER);
    }

    private Object[] agreedAndCirculated() {
        return new Object[] {
            opened(),
            drafted(),
            new ParpGoalAgreedEvent(CYCLE, GOAL, 1),
            new ParpPackageSubmittedEvent(CYCLE),
            new ParpPackageAgreedByPartnerEvent(CYCLE, "GEO"),
            circulated()
        };
    }

    private Object[] approved() {
        Object[] before = agreedAndCirculated();
        Object[] all = java.util.Arrays.copyOf(before, before.length + 1);
        all[before.length] = approvedEvent();
        return all;
    }

    private ParpPackageApprovedEvent approvedEvent() {
        return new ParpPackageApprovedEvent(
                CYCLE,
                now.plus(Duration.ofDays(10)),
                GEORGIA,
                "GEO",
                ITPP,
                List.of(new ApprovedParpGoal(
                        GOAL,
                        "G 0101",
                        "Deployable light infantry battalion",
                        CapabilityArea.LAND,
                        2026,
                        2029,
                        List.of(ITPP_GOAL))));
    }

    @Test
    void opens_a_cycle_for_a_partner_enrolled_in_parp() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2026, ITPP))
                .expectEvents(opened());
    }

    @Test
    void refuses_a_cycle_for_a_partner_not_enrolled_in_parp() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, JAPAN, 2026, null))
                .expectException(PartnerNotInParp.class);
    }

    @Test
    void refuses_a_cycle_for_a_suspended_or_unknown_partner() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, BELARUS, 2026, null))
                .expectException(PartnerSuspended.class);
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, UUID.randomUUID(), 2026, null))
                .expectException(UnknownPartner.class);
    }

    @Test
    void a_cycle_naming_its_itpp_lies_in_the_first_or_second_half_of_that_partners_itpp_cycle() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2028, ITPP))
                .expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2027, ITPP))
                .expectException(OutsideTheItppCycle.class);
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2026, OTHER_ITPP))
                .expectException(ItppOfAnotherPartner.class);
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2026, UUID.randomUUID()))
                .expectException(UnknownItpp.class);
    }

    @Test
    void a_partners_cycles_never_overlap() {
        opened.add(org.oneplan.parp.api.ParpIds.cycle(GEORGIA, 2025));
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2026, null))
                .expectException(OverlappingCycle.class);
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2027, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refuses_a_cycle_starting_before_itpps_existed() {
        fixture.givenNoPriorActivity()
                .when(new OpenParpCycleCommand(CYCLE, GEORGIA, 2019, null))
                .expectException(InvalidCommand.class);
    }

    @Test
    void issues_the_survey_once_with_a_due_date_ahead() {
        given(opened())
                .when(new IssueSurveyCommand(CYCLE, null, List.of("Reserves?"), LocalDate.of(2026, 6, 30), today))
                .expectEvents(issued(List.of("Reserves?")));
        given(opened(), issued(List.of()))
                .when(new IssueSurveyCommand(CYCLE, null, List.of(), LocalDate.of(2026, 6, 30), today))
                .expectException(SurveyAlreadyIssued.class);
        given(opened())
                .when(new IssueSurveyCommand(CYCLE, null, List.of(), LocalDate.of(2026, 1, 30), today))
                .expectException(InvalidCommand.class);
    }

    @Test
    void the_partner_saves_answers_section_by_section_once_the_survey_is_issued() {
        given(opened())
                .when(new SaveSurveyAnswerCommand(CYCLE, null, "GEO", SurveySection.INTEROPERABILITY, "x"))
                .expectException(SurveyNotIssued.class);
        given(opened(), issued(List.of()))
                .when(new SaveSurveyAnswerCommand(CYCLE, null, "GEO", SurveySection.INTEROPERABILITY, " Draft "))
                .expectEvents(new SurveyAnswerSavedEvent(CYCLE, SurveySection.INTEROPERABILITY, "Draft"));
    }

    @Test
    void only_the_cycles_partner_answers_its_survey() {
        given(opened(), issued(List.of()))
                .when(new SaveSurveyAnswerCommand(CYCLE, null, "ARM", SurveySection.INTEROPERABILITY, "x"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void submits_the_survey_when_every_section_needed_is_answered() {
        given(opened(), issued(List.of()))
                .andGiven(answeredExceptQuestions())
                .when(new SubmitSurveyCommand(CYCLE, null, "GEO"))
                .expectEvents(new SurveySubmittedEvent(CYCLE));
        given(opened(), issued(List.of("Reserves?")))
                .andGiven(answeredExceptQuestions())
                .when(new SubmitSurveyCommand(CYCLE, null, "GEO"))
                .expectException(SurveyIncomplete.class);
    }

    @Test
    void a_submitted_section_opens_again_only_when_staff_ask_for_clarification() {
        given(opened(), issued(List.of()))
                .andGiven(answeredExceptQuestions())
                .andGiven(new SurveySubmittedEvent(CYCLE))
                .when(new SaveSurveyAnswerCommand(CYCLE, null, "GEO", SurveySection.INTEROPERABILITY, "More"))
                .expectException(SurveySectionClosed.class);
        given(opened(), issued(List.of()))
                .andGiven(answeredExceptQuestions())
                .andGiven(
                        new SurveySubmittedEvent(CYCLE),
                        new SurveyClarificationRequestedEvent(CYCLE, SurveySection.INTEROPERABILITY, "Which units?"))
                .when(new SaveSurveyAnswerCommand(CYCLE, null, "GEO", SurveySection.INTEROPERABILITY, "Two"))
                .expectEvents(new SurveyAnswerSavedEvent(CYCLE, SurveySection.INTEROPERABILITY, "Two"));
    }

    @Test
    void clarification_is_asked_of_an_answered_section_of_a_submitted_survey() {
        given(opened(), issued(List.of()))
                .when(new RequestClarificationCommand(CYCLE, null, SurveySection.INTEROPERABILITY, "?"))
                .expectException(SurveyNotSubmitted.class);
        given(opened(), issued(List.of()))
                .andGiven(answeredExceptQuestions())
                .andGiven(new SurveySubmittedEvent(CYCLE))
                .when(new RequestClarificationCommand(CYCLE, null, SurveySection.QUESTIONS_OF_THE_CYCLE, "?"))
                .expectException(SectionNotAnswered.class);
        given(opened(), issued(List.of()))
                .andGiven(answeredExceptQuestions())
                .andGiven(new SurveySubmittedEvent(CYCLE))
                .when(new SubmitSurveyCommand(CYCLE, null, "GEO"))
                .expectException(SurveyAlreadySubmitted.class);
    }

    @Test
    void drafts_goals_with_unique_codes_and_years_in_order() {
        given(opened())
                .when(new DraftParpGoalCommand(CYCLE, null, GOAL, terms("G 0101")))
                .expectEvents(drafted());
        given(opened(), drafted())
                .when(new DraftParpGoalCommand(CYCLE, null, OTHER_GOAL, terms("G 0101")))
                .expectException(GoalCodeTaken.class);
        ParpGoalTerms backwards = new ParpGoalTerms(
                "G 0102", "T", CapabilityArea.AIR, "D", List.of(), GoalPriority.LOW, 2027, 2026, List.of());
        given(opened())
                .when(new DraftParpGoalCommand(CYCLE, null, OTHER_GOAL, backwards))
                .expectException(InvalidCommand.class);
    }

    @Test
    void a_revision_asks_the_partner_again() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1))
                .when(new ReviseParpGoalCommand(CYCLE, null, GOAL, terms("G 0111")))
                .expectEvents(new ParpGoalRevisedEvent(CYCLE, GOAL, 2, terms("G 0111")))
                .expectState(cycle -> org.assertj.core.api.Assertions.assertThat(cycleGoalAnswer(cycle))
                        .isEqualTo(GoalPackage.Answer.PENDING));
    }

    private static GoalPackage.Answer cycleGoalAnswer(ParpCycle cycle) {
        try {
            var field = ParpCycle.class.getDeclaredField("goals");
            field.setAccessible(true);
            return ((GoalPackage) field.get(cycle)).goal(GOAL).answer();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_partner_agrees_asks_a_change_or_declines_each_goal_as_it_stands() {
        given(opened(), drafted())
                .when(new AnswerParpGoalCommand(CYCLE, null, "GEO", GOAL, GoalAnswer.AGREE, null))
                .expectEvents(new ParpGoalAgreedEvent(CYCLE, GOAL, 1));
        given(opened(), drafted())
                .when(new AnswerParpGoalCommand(
                        CYCLE, null, "GEO", GOAL, GoalAnswer.REQUEST_CHANGE, "Move the target to 2029"))
                .expectEvents(new ParpGoalChangeRequestedEvent(CYCLE, GOAL, 1, "Move the target to 2029"));
        given(opened(), drafted())
                .when(new AnswerParpGoalCommand(CYCLE, null, "GEO", GOAL, GoalAnswer.DECLINE, "Not affordable"))
                .expectEvents(new ParpGoalDeclinedEvent(CYCLE, GOAL, 1, "Not affordable"));
        given(opened(), drafted())
                .when(new AnswerParpGoalCommand(CYCLE, null, "GEO", GOAL, GoalAnswer.DECLINE, " "))
                .expectException(InvalidCommand.class);
        given(opened(), drafted())
                .when(new AnswerParpGoalCommand(CYCLE, null, "GEO", OTHER_GOAL, GoalAnswer.AGREE, null))
                .expectException(UnknownGoal.class);
    }

    @Test
    void withdraws_a_goal_with_a_reason() {
        given(opened(), drafted())
                .when(new WithdrawParpGoalCommand(CYCLE, null, GOAL, "Covered elsewhere"))
                .expectEvents(new ParpGoalWithdrawnEvent(CYCLE, GOAL, "Covered elsewhere"));
    }

    @Test
    void the_package_goes_to_the_partner_whole_only_when_every_goal_is_agreed() {
        given(opened()).when(new SubmitParpPackageCommand(CYCLE, null)).expectException(NothingToSubmit.class);
        given(opened(), drafted(), new ParpGoalChangeRequestedEvent(CYCLE, GOAL, 1, "Later"))
                .when(new SubmitParpPackageCommand(CYCLE, null))
                .expectException(GoalsNotAgreed.class);
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1))
                .when(new SubmitParpPackageCommand(CYCLE, null))
                .expectEvents(new ParpPackageSubmittedEvent(CYCLE));
    }

    @Test
    void goals_are_frozen_while_the_package_is_on_its_way_to_approval() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1), new ParpPackageSubmittedEvent(CYCLE))
                .when(new DraftParpGoalCommand(CYCLE, null, OTHER_GOAL, terms("G 0102")))
                .expectException(NotInDraft.class);
        given(approved())
                .when(new ReviseParpGoalCommand(CYCLE, null, GOAL, terms("G 0101")))
                .expectException(AlreadyApproved.class);
    }

    @Test
    void the_package_is_circulated_only_once_the_partner_agreed_it() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1), new ParpPackageSubmittedEvent(CYCLE))
                .when(new CirculateParpPackageCommand(CYCLE, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectException(PackageNotAgreedByPartner.class);
        given(
                        opened(),
                        drafted(),
                        new ParpGoalAgreedEvent(CYCLE, GOAL, 1),
                        new ParpPackageSubmittedEvent(CYCLE),
                        new ParpPackageAgreedByPartnerEvent(CYCLE, "GEO"))
                .when(new CirculateParpPackageCommand(CYCLE, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .expectEvents(circulated())
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(now.plus(Duration.ofDays(10))));
    }

    @Test
    void the_partner_agrees_the_submitted_package() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1), new ParpPackageSubmittedEvent(CYCLE))
                .when(new AgreeParpPackageCommand(CYCLE, "GEO"))
                .expectEvents(new ParpPackageAgreedByPartnerEvent(CYCLE, "GEO"));
    }

    @Test
    void approves_the_package_with_its_goals_when_silence_holds_to_the_deadline() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1), new ParpPackageSubmittedEvent(CYCLE))
                .andGiven(new ParpPackageAgreedByPartnerEvent(CYCLE, "GEO"))
                .andGivenCommands(
                        new CirculateParpPackageCommand(CYCLE, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(now.plus(Duration.ofDays(10))))
                .expectEvents(approvedEvent());
    }

    @Test
    void an_objection_sends_the_package_back_to_negotiation() {
        given(agreedAndCirculated())
                .when(new BreakParpSilenceCommand(CYCLE, "FRA", "G 0101 needs a date", now))
                .expectEvents(new ParpSilenceBrokenEvent(CYCLE, "FRA", "G 0101 needs a date"));
        given(agreedAndCirculated())
                .andGiven(new ParpSilenceBrokenEvent(CYCLE, "FRA", "G 0101 needs a date"))
                .when(new ReviseParpGoalCommand(CYCLE, null, GOAL, terms("G 0111")))
                .expectEvents(new ParpGoalRevisedEvent(CYCLE, GOAL, 2, terms("G 0111")));
        given(agreedAndCirculated())
                .when(new BreakParpSilenceCommand(CYCLE, "SWE", "Late", now))
                .expectException(NotOnAllyRoster.class);
    }

    @Test
    void a_lapsed_procedure_returns_the_package_to_negotiation() {
        given(agreedAndCirculated())
                .andGiven(new ParpSilenceProcedureLapsedEvent(CYCLE, "No agreement"))
                .when(new DraftParpGoalCommand(CYCLE, null, OTHER_GOAL, terms("G 0102")))
                .expectEvents(new ParpGoalDraftedEvent(CYCLE, OTHER_GOAL, terms("G 0102")));
    }

    @Test
    void progress_is_recorded_as_of_a_day_of_the_cycle_not_in_the_future() {
        given(approved())
                .when(new RecordGoalProgressCommand(
                        CYCLE, null, GOAL, ImplementationStatus.IN_PROGRESS, "x", today.plusDays(1), today))
                .expectException(InvalidCommand.class);
        given(approved())
                .when(new RecordGoalProgressCommand(
                        CYCLE, null, GOAL, ImplementationStatus.IN_PROGRESS, "x", LocalDate.of(1999, 1, 1), today))
                .expectException(InvalidCommand.class);
    }

    @Test
    void the_survey_is_due_within_the_cycle() {
        given(opened())
                .when(new IssueSurveyCommand(CYCLE, null, List.of(), LocalDate.of(2199, 12, 31), today))
                .expectException(InvalidCommand.class);
    }

    @Test
    void a_code_written_without_its_space_is_the_same_code() {
        given(opened(), drafted())
                .when(new DraftParpGoalCommand(CYCLE, null, OTHER_GOAL, terms("G0101")))
                .expectException(GoalCodeTaken.class);
    }

    @Test
    void agreeing_again_or_revising_to_the_same_terms_stores_nothing() {
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1))
                .when(new AnswerParpGoalCommand(CYCLE, null, "GEO", GOAL, GoalAnswer.AGREE, null))
                .expectNoEvents();
        given(opened(), drafted(), new ParpGoalAgreedEvent(CYCLE, GOAL, 1))
                .when(new ReviseParpGoalCommand(CYCLE, null, GOAL, terms("G 0101")))
                .expectNoEvents();
    }

    @Test
    void records_progress_on_the_goals_of_an_approved_package() {
        given(approved())
                .when(new RecordGoalProgressCommand(
                        CYCLE, null, GOAL, ImplementationStatus.IN_PROGRESS, "Two companies certified", today, today))
                .expectEvents(new ParpGoalProgressRecordedEvent(
                        CYCLE, GOAL, ImplementationStatus.IN_PROGRESS, "Two companies certified", today));
        given(opened(), drafted())
                .when(new RecordGoalProgressCommand(
                        CYCLE, null, GOAL, ImplementationStatus.IN_PROGRESS, "x", today, today))
                .expectException(PackageNotApproved.class);
        given(approved())
                .when(new RecordGoalProgressCommand(
                        CYCLE, null, OTHER_GOAL, ImplementationStatus.IN_PROGRESS, "x", today, today))
                .expectException(UnknownGoal.class);
    }
}
