package org.oneplan.platform.approval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotInDraft;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.ApprovalRefusals.NotSubmitted;
import org.oneplan.platform.approval.ApprovalRefusals.NotThisPartner;
import org.oneplan.platform.approval.ApprovalRefusals.NotUnderSilenceProcedure;
import org.oneplan.platform.approval.ApprovalRefusals.SilenceAlreadyEnded;
import org.oneplan.platform.approval.TextUnderApproval.Agree;
import org.oneplan.platform.approval.TextUnderApproval.Agreed;
import org.oneplan.platform.approval.TextUnderApproval.Approved;
import org.oneplan.platform.approval.TextUnderApproval.BreakSilence;
import org.oneplan.platform.approval.TextUnderApproval.Circulate;
import org.oneplan.platform.approval.TextUnderApproval.Circulated;
import org.oneplan.platform.approval.TextUnderApproval.Drafted;
import org.oneplan.platform.approval.TextUnderApproval.Lapsed;
import org.oneplan.platform.approval.TextUnderApproval.Objected;
import org.oneplan.platform.approval.TextUnderApproval.Submit;
import org.oneplan.platform.approval.TextUnderApproval.Submitted;
import org.oneplan.platform.axon.AuditMetadata;
import org.oneplan.platform.domain.InvalidCommand;

class ConsensusApprovalTest {

    private static final String TEXT = "text-1";
    private static final List<String> ROSTER = List.of("FRA", "NOR", "USA");

    private final Instant now = Instant.parse("2026-03-02T09:00:00Z");
    private final Instant deadline = now.plus(Duration.ofDays(10));
    private AggregateTestFixture<TextUnderApproval> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TextUnderApproval.class);
    }

    private TestExecutor<TextUnderApproval> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static Drafted drafted() {
        return new Drafted(TEXT, "GEO");
    }

    private static Submitted submitted() {
        return new Submitted(TEXT);
    }

    private static Agreed agreed() {
        return new Agreed(TEXT, "GEO");
    }

    private Circulated circulated() {
        return new Circulated(TEXT, deadline, ROSTER);
    }

    private Circulate circulate() {
        return new Circulate(TEXT, deadline, ROSTER, now);
    }

    @Test
    void submits_a_draft_and_refuses_to_submit_it_again() {
        given(drafted()).when(new Submit(TEXT)).expectEvents(submitted());
        given(drafted(), submitted()).when(new Submit(TEXT)).expectException(NotInDraft.class);
    }

    @Test
    void every_step_carries_the_marking_of_its_record() {
        given(drafted())
                .when(new Submit(TEXT))
                .expectEventsMatching(new org.hamcrest.TypeSafeMatcher<List<? super EventMessage<?>>>() {
                    @Override
                    protected boolean matchesSafely(List<? super EventMessage<?>> events) {
                        EventMessage<?> event = (EventMessage<?>) events.get(0);
                        return "NATO RESTRICTED".equals(event.getMetaData().get(AuditMetadata.CLASSIFICATION))
                                && "Releasable to GEO"
                                        .equals(event.getMetaData().get(AuditMetadata.RELEASABILITY));
                    }

                    @Override
                    public void describeTo(org.hamcrest.Description description) {
                        description.appendText("an event marked NATO RESTRICTED, releasable to GEO");
                    }
                });
    }

    @Test
    void records_the_agreement_of_the_co_owning_partner_only() {
        given(drafted(), submitted()).when(new Agree(TEXT, "GEO")).expectEvents(agreed());
        given(drafted(), submitted()).when(new Agree(TEXT, "UKR")).expectException(NotThisPartner.class);
    }

    @Test
    void recording_the_same_agreement_twice_changes_nothing() {
        given(drafted(), submitted(), agreed(), circulated())
                .when(new Agree(TEXT, "GEO"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void refuses_agreement_to_a_text_not_submitted() {
        given(drafted()).when(new Agree(TEXT, "GEO")).expectException(NotSubmitted.class);
    }

    @Test
    void circulates_a_submitted_text_under_silence_until_a_persistent_deadline() {
        given(drafted(), submitted())
                .when(circulate())
                .expectEvents(circulated())
                .expectScheduledDeadline(Duration.ofDays(10), new SilenceDeadline(deadline));
    }

    @Test
    void refuses_a_silence_longer_than_a_year_that_would_freeze_the_text() {
        given(drafted(), submitted())
                .when(new Circulate(TEXT, now.plus(Duration.ofDays(400)), ROSTER, now))
                .expectException(InvalidCommand.class)
                .expectNoScheduledDeadlines();
    }

    @Test
    void refuses_a_circulation_whose_deadline_has_passed_or_with_no_allies() {
        given(drafted(), submitted())
                .when(new Circulate(TEXT, now, ROSTER, now))
                .expectException(InvalidCommand.class)
                .expectNoScheduledDeadlines();
        given(drafted(), submitted())
                .when(new Circulate(TEXT, deadline, List.of(), now))
                .expectException(InvalidCommand.class);
        given(drafted()).when(circulate()).expectException(NotSubmitted.class);
    }

    @Test
    void an_ally_on_the_roster_breaks_silence_with_a_reason_and_the_deadline_is_cancelled() {
        given(drafted(), submitted())
                .andGivenCommands(circulate())
                .when(new BreakSilence(TEXT, "FRA", " Unclear outcome ", now.plus(Duration.ofDays(2))))
                .expectEvents(new Objected(TEXT, "FRA", "Unclear outcome"))
                .expectNoScheduledDeadlines();
    }

    @Test
    void refuses_an_objection_by_a_nation_not_on_the_day_s_roster() {
        given(drafted(), submitted(), circulated())
                .when(new BreakSilence(TEXT, "GEO", "not an Ally", now))
                .expectException(NotOnAllyRoster.class);
    }

    @Test
    void refuses_an_objection_after_the_deadline_or_without_a_circulation() {
        given(drafted(), submitted(), circulated())
                .when(new BreakSilence(TEXT, "NOR", "too late", deadline))
                .expectException(SilenceAlreadyEnded.class);
        given(drafted(), submitted())
                .when(new BreakSilence(TEXT, "NOR", "early", now))
                .expectException(NotUnderSilenceProcedure.class);
        given(drafted(), submitted(), circulated())
                .when(new BreakSilence(TEXT, "NOR", " ", now))
                .expectException(InvalidCommand.class);
    }

    @Test
    void approves_the_text_when_the_deadline_passes_without_objection_and_the_partner_agreed() {
        given(drafted(), submitted(), agreed())
                .andGivenCommands(circulate())
                .whenTimeElapses(Duration.ofDays(10).plusSeconds(1))
                .expectEvents(new Approved(TEXT, deadline));
    }

    @Test
    void lapses_when_the_partner_has_not_agreed_by_the_deadline() {
        given(drafted(), submitted())
                .andGivenCommands(circulate())
                .whenTimeElapses(Duration.ofDays(11))
                .expectEvents(new Lapsed(TEXT, ConsensusApproval.NO_AGREEMENT));
    }

    @Test
    void a_text_without_a_co_owner_is_approved_by_the_allies_alone() {
        fixture.givenCurrentTime(now)
                .andGiven(new Drafted(TEXT, null), submitted())
                .andGivenCommands(circulate())
                .whenTimeElapses(Duration.ofDays(11))
                .expectEvents(new Approved(TEXT, deadline));
    }

    @Test
    void ignores_a_stale_deadline_of_an_earlier_circulation() {
        Instant earlier = now.minus(Duration.ofDays(1));
        given(
                        drafted(),
                        submitted(),
                        agreed(),
                        new Circulated(TEXT, earlier, ROSTER),
                        new Objected(TEXT, "FRA", "Not yet"),
                        submitted(),
                        agreed(),
                        circulated())
                .whenInvoking(TEXT, text -> text.silenceEnds(new SilenceDeadline(earlier)))
                .expectNoEvents();
    }

    @Test
    void an_approved_text_is_frozen() {
        given(drafted(), submitted(), agreed(), circulated(), new Approved(TEXT, deadline))
                .when(new Submit(TEXT))
                .expectException(AlreadyApproved.class);
        assertThat(new AlreadyApproved("itpp").code()).isEqualTo("itpp-approved");
    }
}
