package org.oneplan.assessment.command;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.AssessmentCommands.RecordIndicatorActualCommand;
import org.oneplan.assessment.api.KnownItpps;
import org.oneplan.assessment.command.AssessmentRefusals.GoalNotAssessed;
import org.oneplan.assessment.command.AssessmentRefusals.IndicatorNotOfGoal;
import org.oneplan.contracts.assessment.AssessmentKind;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.IndicatorActualRecordedEvent;
import org.oneplan.contracts.assessment.ItppAssessmentOpenedEvent;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.platform.domain.InvalidCommand;

/** Actual values of a goal's indicators over the assessment's period: the results framework's actuals. */
class IndicatorActualTest {

    private static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID ITPP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final UUID GOAL = UUID.fromString("d4d4d4d4-0000-4000-8000-0000000000d4");
    private static final UUID TRAINED = UUID.fromString("e5e5e5e5-0000-4000-8000-0000000000e5");
    private static final UUID UNITS = UUID.fromString("f6f6f6f6-0000-4000-8000-0000000000f6");
    private static final Indicator OFFICERS_TRAINED = new Indicator(
            TRAINED, "Officers trained", "officers", BigDecimal.ZERO, 2025, new BigDecimal("60"), 2029, true);
    private static final Indicator UNITS_CERTIFIED =
            new Indicator(UNITS, "Units certified", "units", BigDecimal.ZERO, 2025, new BigDecimal("2"), 2029, false);

    private AggregateTestFixture<ItppAssessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ItppAssessment.class);
        fixture.registerInjectableResource((KnownItpps) itppId -> Optional.of(new KnownItpps.KnownItpp(
                ITPP,
                GEORGIA,
                "GEO",
                2026,
                List.of(),
                List.of(goal()),
                Map.of(GOAL, List.of(OFFICERS_TRAINED, UNITS_CERTIFIED)))));
    }

    private static GoalBaseline goal() {
        return new GoalBaseline(GOAL, "Deployable battalion", List.of(), List.of());
    }

    private TestExecutor<ItppAssessment> givenOpened() {
        return fixture.givenCurrentTime(Instant.parse("2027-03-01T09:00:00Z"))
                .andGiven(new ItppAssessmentOpenedEvent(
                        ASSESSMENT, AssessmentKind.MID_TERM, ITPP, GEORGIA, "GEO", 2026, List.of(goal())));
    }

    private static RecordIndicatorActualCommand actual(UUID indicator, String value, String women, String men) {
        return new RecordIndicatorActualCommand(
                ASSESSMENT,
                null,
                GOAL,
                indicator,
                value == null ? null : new BigDecimal(value),
                women == null ? null : new BigDecimal(women),
                men == null ? null : new BigDecimal(men));
    }

    @Test
    void staff_record_an_indicator_counting_people_by_sex_with_women_and_men_adding_up() {
        givenOpened()
                .when(actual(TRAINED, "40.0", "12", "28"))
                .expectEvents(new IndicatorActualRecordedEvent(
                        ASSESSMENT, GOAL, TRAINED, new BigDecimal("40"), new BigDecimal("12"), new BigDecimal("28")));
    }

    @Test
    void an_indicator_by_sex_needs_women_and_men_that_add_up_to_the_value() {
        givenOpened().when(actual(TRAINED, "40", null, null)).expectException(InvalidCommand.class);
        givenOpened().when(actual(TRAINED, "40", "12", "27")).expectException(InvalidCommand.class);
    }

    @Test
    void an_indicator_not_by_sex_takes_the_value_alone() {
        givenOpened()
                .when(actual(UNITS, "1", null, null))
                .expectEvents(new IndicatorActualRecordedEvent(ASSESSMENT, GOAL, UNITS, BigDecimal.ONE, null, null));
        givenOpened().when(actual(UNITS, "1", "1", "0")).expectException(InvalidCommand.class);
    }

    @Test
    void values_are_given_and_not_negative() {
        givenOpened().when(actual(UNITS, null, null, null)).expectException(InvalidCommand.class);
        givenOpened().when(actual(UNITS, "-1", null, null)).expectException(InvalidCommand.class);
    }

    @Test
    void only_indicators_of_an_assessed_goal_are_measured() {
        givenOpened().when(actual(UUID.randomUUID(), "1", null, null)).expectException(IndicatorNotOfGoal.class);
        givenOpened()
                .when(new RecordIndicatorActualCommand(
                        ASSESSMENT, null, UUID.randomUUID(), UNITS, BigDecimal.ONE, null, null))
                .expectException(GoalNotAssessed.class);
    }

    @Test
    void the_same_value_again_stores_nothing() {
        givenOpened()
                .andGiven(new IndicatorActualRecordedEvent(ASSESSMENT, GOAL, UNITS, BigDecimal.ONE, null, null))
                .when(actual(UNITS, "1.00", null, null))
                .expectNoEvents();
    }
}
