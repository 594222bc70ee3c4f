package org.oneplan.assessment.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.api.OccCommands.DeclareOccUnitCommand;
import org.oneplan.assessment.api.OccCommands.LinkOccGoalsCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccEvaluationCommand;
import org.oneplan.assessment.api.OccCommands.RecordOccFeedbackCommand;
import org.oneplan.assessment.command.AssessmentRefusals.UnknownItpp;
import org.oneplan.assessment.command.OccRefusals.CriterionRatedTwice;
import org.oneplan.assessment.command.OccRefusals.EvaluationBeforePrevious;
import org.oneplan.assessment.command.OccRefusals.EvaluationComplete;
import org.oneplan.assessment.command.OccRefusals.EvaluationOutOfOrder;
import org.oneplan.assessment.command.OccRefusals.GoalNotInItpp;
import org.oneplan.assessment.command.OccRefusals.ItppOfAnotherPartner;
import org.oneplan.assessment.command.OccRefusals.LevelNotEvaluated;
import org.oneplan.assessment.command.OccRefusals.NatoEvaluationByStaff;
import org.oneplan.assessment.command.OccRefusals.NotOwnUnit;
import org.oneplan.assessment.command.OccRefusals.SelfEvaluationByPartner;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.occ.CriterionRating;
import org.oneplan.contracts.assessment.occ.EvaluationResult;
import org.oneplan.contracts.assessment.occ.InteroperabilityRating;
import org.oneplan.contracts.assessment.occ.OccDomain;
import org.oneplan.contracts.assessment.occ.OccEvaluationRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccFeedbackRecordedEvent;
import org.oneplan.contracts.assessment.occ.OccGoalsLinkedEvent;
import org.oneplan.contracts.assessment.occ.OccLevel;
import org.oneplan.contracts.assessment.occ.OccUnitDeclaredEvent;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.PartnerRefusals.PartnerSuspended;
import org.oneplan.platform.partners.PartnerRefusals.UnknownPartner;
import org.oneplan.platform.testing.InMemoryKnownPartners;

class OccUnitTest {

    private static final UUID UNIT = UUID.fromString("a1a1a1a1-0000-4000-8000-00000000c0c1");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID ARMENIA = UUID.fromString("c4c4c4c4-0000-4000-8000-0000000000c4");
    private static final UUID BELARUS = UUID.fromString("c5c5c5c5-0000-4000-8000-0000000000c5");
    private static final UUID NOBODY = UUID.fromString("c6c6c6c6-0000-4000-8000-0000000000c6");
    private static final UUID GEORGIAN_ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID ARMENIAN_ITPP = UUID.fromString("b3b3b3b3-0000-4000-8000-0000000000b3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID OTHER_GOAL = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final List<String> JFC = List.of("JFC Naples evaluation team");
    private static final List<CriterionRating> RATINGS = List.of(
            new CriterionRating("STANAG 2116", InteroperabilityRating.INTEROPERABLE),
            new CriterionRating("Secure communications", InteroperabilityRating.PARTIALLY_INTEROPERABLE));

    private AggregateTestFixture<OccUnit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(OccUnit.class);
        fixture.registerInjectableResource(new InMemoryKnownPartners()
                .with(KnownPartner.of(GEORGIA, "GEO", false))
                .with(KnownPartner.of(ARMENIA, "ARM", false))
                .with(KnownPartner.of(BELARUS, "BLR", true)));
        fixture.registerInjectableResource((KnownItpps) itppId -> {
            if (itppId.equals(GEORGIAN_ITPP)) {
                return Optional.of(new KnownItpps.KnownItpp(
                        GEORGIAN_ITPP, GEORGIA, "GEO", 2026, List.of(), goals(), java.util.Map.of()));
            }
            if (itppId.equals(ARMENIAN_ITPP)) {
                return Optional.of(new KnownItpps.KnownItpp(
                        ARMENIAN_ITPP, ARMENIA, "ARM", 2026, List.of(), goals(), java.util.Map.of()));
            }
            return Optional.empty();
        });
    }

    private static List<GoalBaseline> goals() {
        return List.of(
                new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of()),
                new GoalBaseline(OTHER_GOAL, "Secure communications", List.of(), List.of()));
    }

    private static OccUnitDeclaredEvent declared() {
        return new OccUnitDeclaredEvent(
                UNIT, GEORGIA, "GEO", OccDomain.LAND, "Light Infantry Battalion 1", "battalion", "Light infantry");
    }

    private static OccEvaluationRecordedEvent evaluated(OccLevel level, LocalDate on, EvaluationResult result) {
        return new OccEvaluationRecordedEvent(UNIT, level, on, JFC, RATINGS, result);
    }

    private static RecordOccEvaluationCommand evaluate(
            String byNation, OccLevel level, LocalDate on, EvaluationResult result) {
        return new RecordOccEvaluationCommand(UNIT, null, byNation, level, on, JFC, RATINGS, result, TODAY);
    }

    private static RecordOccEvaluationCommand self(OccLevel level, LocalDate on) {
        return evaluate("GEO", level, on, EvaluationResult.PASSED);
    }

    private static RecordOccEvaluationCommand nato(OccLevel level, LocalDate on, EvaluationResult result) {
        return evaluate(null, level, on, result);
    }

    private TestExecutor<OccUnit> given(Object... events) {
        return fixture.given(events);
    }

    private static Object[] throughNel1Passed() {
        return new Object[] {
            declared(),
            evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED),
            evaluated(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.PASSED)
        };
    }

    @Test
    void a_partner_declares_its_own_unit() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(
                        UNIT,
                        GEORGIA,
                        "GEO",
                        OccDomain.LAND,
                        " Light Infantry Battalion 1 ",
                        "battalion",
                        "Light infantry"))
                .expectEvents(declared());
    }

    @Test
    void staff_declare_a_unit_naming_the_partner() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(
                        UNIT,
                        GEORGIA,
                        null,
                        OccDomain.LAND,
                        "Light Infantry Battalion 1",
                        "battalion",
                        "Light infantry"))
                .expectEvents(declared());
    }

    @Test
    void a_partner_cannot_declare_another_partners_unit() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(UNIT, ARMENIA, "GEO", OccDomain.AIR, "Squadron", "squadron", "Air"))
                .expectException(NotOwnUnit.class);
    }

    @Test
    void a_unit_of_an_unknown_partner_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(UNIT, NOBODY, null, OccDomain.AIR, "Squadron", "squadron", "Air"))
                .expectException(UnknownPartner.class);
    }

    @Test
    void a_unit_of_a_suspended_partner_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(UNIT, BELARUS, null, OccDomain.AIR, "Squadron", "squadron", "Air"))
                .expectException(PartnerSuspended.class);
    }

    @Test
    void a_unit_needs_a_domain_and_a_name() {
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(UNIT, GEORGIA, null, null, "Squadron", "squadron", "Air"))
                .expectException(InvalidCommand.class);
        fixture.givenNoPriorActivity()
                .when(new DeclareOccUnitCommand(UNIT, GEORGIA, null, OccDomain.AIR, " ", "squadron", "Air"))
                .expectException(InvalidCommand.class);
    }

    @Test
    void the_partner_records_the_first_self_evaluation() {
        given(declared())
                .when(self(OccLevel.SEL1, LocalDate.of(2026, 3, 1)))
                .expectEvents(evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED));
    }

    @Test
    void the_first_evaluation_is_sel1() {
        given(declared())
                .when(nato(OccLevel.NEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .expectException(EvaluationOutOfOrder.class);
    }

    @Test
    void staff_record_the_nato_evaluation_after_the_self_evaluation() {
        given(declared(), evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .when(nato(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.FAILED))
                .expectEvents(evaluated(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.FAILED));
    }

    @Test
    void a_self_evaluation_is_recorded_by_the_partner_not_staff() {
        given(declared())
                .when(evaluate(null, OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .expectException(SelfEvaluationByPartner.class);
    }

    @Test
    void a_nato_evaluation_is_recorded_by_staff_not_the_partner() {
        given(declared(), evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .when(evaluate("GEO", OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.PASSED))
                .expectException(NatoEvaluationByStaff.class);
    }

    @Test
    void another_partner_cannot_self_evaluate_the_unit() {
        given(declared())
                .when(evaluate("ARM", OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .expectException(NotOwnUnit.class);
    }

    @Test
    void sel2_waits_until_nel1_has_passed() {
        given(
                        declared(),
                        evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED),
                        evaluated(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.FAILED))
                .when(self(OccLevel.SEL2, LocalDate.of(2026, 7, 1)))
                .expectException(EvaluationOutOfOrder.class);
    }

    @Test
    void a_failed_nato_evaluation_is_repeated_and_passing_it_opens_level_2() {
        given(
                        declared(),
                        evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED),
                        evaluated(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.FAILED))
                .when(nato(OccLevel.NEL1, LocalDate.of(2026, 9, 1), EvaluationResult.PASSED))
                .expectEvents(evaluated(OccLevel.NEL1, LocalDate.of(2026, 9, 1), EvaluationResult.PASSED));
        given(throughNel1Passed())
                .when(self(OccLevel.SEL2, LocalDate.of(2026, 10, 1)))
                .expectEvents(evaluated(OccLevel.SEL2, LocalDate.of(2026, 10, 1), EvaluationResult.PASSED));
    }

    @Test
    void a_passed_nato_evaluation_is_not_repeated() {
        given(throughNel1Passed())
                .when(nato(OccLevel.NEL1, LocalDate.of(2026, 10, 1), EvaluationResult.PASSED))
                .expectException(EvaluationOutOfOrder.class);
    }

    @Test
    void nothing_follows_a_passed_nel2() {
        given(
                        declared(),
                        evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED),
                        evaluated(OccLevel.NEL1, LocalDate.of(2026, 6, 1), EvaluationResult.PASSED),
                        evaluated(OccLevel.SEL2, LocalDate.of(2026, 9, 1), EvaluationResult.PASSED),
                        evaluated(OccLevel.NEL2, LocalDate.of(2026, 12, 1), EvaluationResult.PASSED))
                .when(nato(OccLevel.NEL2, LocalDate.of(2027, 1, 1), EvaluationResult.PASSED))
                .expectException(EvaluationComplete.class);
    }

    @Test
    void an_evaluation_is_not_dated_before_the_previous_one() {
        given(declared(), evaluated(OccLevel.SEL1, LocalDate.of(2026, 3, 1), EvaluationResult.PASSED))
                .when(nato(OccLevel.NEL1, LocalDate.of(2026, 2, 28), EvaluationResult.PASSED))
                .expectException(EvaluationBeforePrevious.class);
    }

    @Test
    void an_evaluation_is_recorded_once_it_has_taken_place() {
        given(declared()).when(self(OccLevel.SEL1, TODAY.plusDays(1))).expectException(InvalidCommand.class);
    }

    @Test
    void a_criterion_is_rated_once_per_evaluation() {
        given(declared())
                .when(new RecordOccEvaluationCommand(
                        UNIT,
                        null,
                        "GEO",
                        OccLevel.SEL1,
                        LocalDate.of(2026, 3, 1),
                        JFC,
                        List.of(
                                new CriterionRating("STANAG 2116", InteroperabilityRating.INTEROPERABLE),
                                new CriterionRating("stanag 2116 ", InteroperabilityRating.NOT_INTEROPERABLE)),
                        EvaluationResult.PASSED,
                        TODAY))
                .expectException(CriterionRatedTwice.class);
    }

    @Test
    void an_evaluation_names_its_evaluators_and_rates_criteria() {
        given(declared())
                .when(new RecordOccEvaluationCommand(
                        UNIT,
                        null,
                        "GEO",
                        OccLevel.SEL1,
                        LocalDate.of(2026, 3, 1),
                        List.of(),
                        RATINGS,
                        EvaluationResult.PASSED,
                        TODAY))
                .expectException(InvalidCommand.class);
        given(declared())
                .when(new RecordOccEvaluationCommand(
                        UNIT,
                        null,
                        "GEO",
                        OccLevel.SEL1,
                        LocalDate.of(2026, 3, 1),
                        JFC,
                        List.of(),
                        EvaluationResult.PASSED,
                        TODAY))
                .expectException(InvalidCommand.class);
    }

    @Test
    void staff_link_the_unit_to_goals_of_its_partners_itpp_once_each() {
        given(declared())
                .when(new LinkOccGoalsCommand(UNIT, null, GEORGIAN_ITPP, List.of(GOAL, GOAL)))
                .expectEvents(new OccGoalsLinkedEvent(UNIT, GEORGIAN_ITPP, List.of(GOAL)));
        given(declared(), new OccGoalsLinkedEvent(UNIT, GEORGIAN_ITPP, List.of(GOAL)))
                .when(new LinkOccGoalsCommand(UNIT, null, GEORGIAN_ITPP, List.of(GOAL, OTHER_GOAL)))
                .expectEvents(new OccGoalsLinkedEvent(UNIT, GEORGIAN_ITPP, List.of(OTHER_GOAL)));
        given(declared(), new OccGoalsLinkedEvent(UNIT, GEORGIAN_ITPP, List.of(GOAL)))
                .when(new LinkOccGoalsCommand(UNIT, null, GEORGIAN_ITPP, List.of(GOAL)))
                .expectNoEvents();
    }

    @Test
    void goals_of_an_unknown_itpp_are_refused() {
        given(declared())
                .when(new LinkOccGoalsCommand(UNIT, null, NOBODY, List.of(GOAL)))
                .expectException(UnknownItpp.class);
    }

    @Test
    void goals_of_another_partners_itpp_are_refused() {
        given(declared())
                .when(new LinkOccGoalsCommand(UNIT, null, ARMENIAN_ITPP, List.of(GOAL)))
                .expectException(ItppOfAnotherPartner.class);
    }

    @Test
    void a_goal_not_in_the_itpp_is_refused() {
        given(declared())
                .when(new LinkOccGoalsCommand(UNIT, null, GEORGIAN_ITPP, List.of(NOBODY)))
                .expectException(GoalNotInItpp.class);
    }

    @Test
    void feedback_is_on_an_evaluated_level() {
        given(throughNel1Passed())
                .when(new RecordOccFeedbackCommand(UNIT, null, OccLevel.NEL1, " Train the signals platoon "))
                .expectEvents(new OccFeedbackRecordedEvent(UNIT, OccLevel.NEL1, "Train the signals platoon"));
        given(throughNel1Passed())
                .when(new RecordOccFeedbackCommand(UNIT, null, OccLevel.NEL2, "Too early"))
                .expectException(LevelNotEvaluated.class);
    }
}
