package org.oneplan.assessment.command;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.assessment.api.AnpAssessmentCommands.AssessAnpChapterCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.BreakAnpAssessmentSilenceCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.CirculateAnpAssessmentCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.OpenAnpAssessmentCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.RecordNacDiscussionCommand;
import org.oneplan.assessment.api.AnpAssessmentCommands.SubmitAnpAssessmentCommand;
import org.oneplan.assessment.api.KnownAnps;
import org.oneplan.assessment.command.AnpAssessmentRefusals.AnpNotSubmitted;
import org.oneplan.assessment.command.AnpAssessmentRefusals.ChaptersNotAssessed;
import org.oneplan.assessment.command.AnpAssessmentRefusals.NacDateOutOfRange;
import org.oneplan.assessment.command.AnpAssessmentRefusals.NacDiscussionRecorded;
import org.oneplan.assessment.command.AnpAssessmentRefusals.NotAgreed;
import org.oneplan.assessment.command.AnpAssessmentRefusals.UnknownAnp;
import org.oneplan.contracts.assessment.AnpAssessmentAgreedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentCirculatedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentDiscussedAtNacEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSilenceBrokenEvent;
import org.oneplan.contracts.assessment.AnpAssessmentSubmittedEvent;
import org.oneplan.contracts.assessment.AnpChapterAssessedEvent;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.approval.ApprovalRefusals.AlreadyApproved;
import org.oneplan.platform.approval.ApprovalRefusals.NotOnAllyRoster;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;

class AnpAssessmentTest {

    private static final UUID ASSESSMENT = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000a1");
    private static final UUID ANP = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000b2");
    private static final UUID DRAFT_ANP = UUID.fromString("b3b3b3b3-0000-4000-8000-0000000000b3");
    private static final UUID BOSNIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000c3");
    private static final List<String> ROSTER = List.of("FRA", "NOR");

    private final Instant now = Instant.parse("2026-11-02T09:00:00Z");
    private final LocalDate today = LocalDate.of(2026, 12, 20);
    private AggregateTestFixture<AnpAssessment> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnpAssessment.class);
        fixture.registerInjectableResource((KnownAnps) id -> {
            if (id.equals(ANP)) {
                return Optional.of(new KnownAnps.KnownAnp(ANP, BOSNIA, "BIH", 2026, true));
            }
            if (id.equals(DRAFT_ANP)) {
                return Optional.of(new KnownAnps.KnownAnp(DRAFT_ANP, BOSNIA, "BIH", 2026, false));
            }
            return Optional.empty();
        });
    }

    private TestExecutor<AnpAssessment> given(Object... events) {
        return fixture.givenCurrentTime(now).andGiven(events);
    }

    private static AnpAssessmentOpenedEvent opened() {
        return new AnpAssessmentOpenedEvent(ASSESSMENT, ANP, BOSNIA, "BIH", 2026);
    }

    private static List<Object> assessed() {
        List<Object> events = new ArrayList<>(List.of(opened()));
        for (AnpChapter chapter : AnpChapter.values()) {
            events.add(new AnpChapterAssessedEvent(ASSESSMENT, chapter, "Assessed " + chapter));
        }
        return events;
    }

    private List<Object> agreed() {
        List<Object> events = assessed();
        events.add(new AnpAssessmentSubmittedEvent(ASSESSMENT));
        events.add(new AnpAssessmentCirculatedEvent(ASSESSMENT, now, ROSTER));
        events.add(new AnpAssessmentAgreedEvent(ASSESSMENT, ANP, BOSNIA, "BIH", 2026, now));
        return events;
    }

    @Test
    void staff_open_the_annual_assessment_of_a_submitted_anp() {
        fixture.givenNoPriorActivity()
                .when(new OpenAnpAssessmentCommand(ASSESSMENT, ANP))
                .expectEvents(opened());
    }

    @Test
    void an_unknown_or_unsubmitted_anp_is_not_assessed() {
        fixture.givenNoPriorActivity()
                .when(new OpenAnpAssessmentCommand(ASSESSMENT, UUID.randomUUID()))
                .expectException(UnknownAnp.class);
        fixture.givenNoPriorActivity()
                .when(new OpenAnpAssessmentCommand(ASSESSMENT, DRAFT_ANP))
                .expectException(AnpNotSubmitted.class);
    }

    @Test
    void staff_assess_chapter_by_chapter_and_the_same_text_stores_nothing() {
        given(opened())
                .when(new AssessAnpChapterCommand(ASSESSMENT, null, AnpChapter.LEGAL, " Law adopted "))
                .expectEvents(new AnpChapterAssessedEvent(ASSESSMENT, AnpChapter.LEGAL, "Law adopted"));
        given(opened(), new AnpChapterAssessedEvent(ASSESSMENT, AnpChapter.LEGAL, "Law adopted"))
                .when(new AssessAnpChapterCommand(ASSESSMENT, null, AnpChapter.LEGAL, "Law adopted"))
                .expectNoEvents();
        given(opened())
                .when(new AssessAnpChapterCommand(ASSESSMENT, null, AnpChapter.LEGAL, " "))
                .expectException(InvalidCommand.class);
        given(opened())
                .when(new AssessAnpChapterCommand(ASSESSMENT, null, null, "Text"))
                .expectException(InvalidCommand.class);
    }

    @Test
    void submission_needs_every_chapter_assessed() {
        given(opened(), new AnpChapterAssessedEvent(ASSESSMENT, AnpChapter.LEGAL, "Law adopted"))
                .when(new SubmitAnpAssessmentCommand(ASSESSMENT, null))
                .expectException(ChaptersNotAssessed.class);
        given(assessed().toArray())
                .when(new SubmitAnpAssessmentCommand(ASSESSMENT, null))
                .expectEvents(new AnpAssessmentSubmittedEvent(ASSESSMENT));
    }

    @Test
    void the_allies_agree_it_when_silence_holds_and_an_ally_may_break_silence() {
        List<Object> submitted = assessed();
        submitted.add(new AnpAssessmentSubmittedEvent(ASSESSMENT));
        given(submitted.toArray())
                .andGivenCommands(
                        new CirculateAnpAssessmentCommand(ASSESSMENT, null, now.plus(Duration.ofDays(10)), ROSTER, now))
                .whenTimeElapses(Duration.ofDays(11))
                .expectTriggeredDeadlines(new SilenceDeadline(now.plus(Duration.ofDays(10))))
                .expectEvents(new AnpAssessmentAgreedEvent(
                        ASSESSMENT, ANP, BOSNIA, "BIH", 2026, now.plus(Duration.ofDays(10))));
        List<Object> circulated = new ArrayList<>(submitted);
        circulated.add(new AnpAssessmentCirculatedEvent(ASSESSMENT, now.plus(Duration.ofDays(10)), ROSTER));
        given(circulated.toArray())
                .when(new BreakAnpAssessmentSilenceCommand(ASSESSMENT, "FRA", "Say more", now))
                .expectEvents(new AnpAssessmentSilenceBrokenEvent(ASSESSMENT, "FRA", "Say more"));
        given(circulated.toArray())
                .when(new BreakAnpAssessmentSilenceCommand(ASSESSMENT, "SWE", "Late", now))
                .expectException(NotOnAllyRoster.class);
    }

    @Test
    void an_agreed_assessment_is_frozen() {
        given(agreed().toArray())
                .when(new AssessAnpChapterCommand(ASSESSMENT, null, AnpChapter.LEGAL, "Other"))
                .expectException(AlreadyApproved.class);
    }

    @Test
    void the_nac_discussion_is_recorded_once_after_the_agreement() {
        LocalDate onCouncil = LocalDate.of(2026, 12, 16);
        given(assessed().toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, onCouncil, "Welcomed", today))
                .expectException(NotAgreed.class);
        given(agreed().toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, onCouncil, " Welcomed ", today))
                .expectEvents(new AnpAssessmentDiscussedAtNacEvent(ASSESSMENT, onCouncil, "Welcomed"));
        List<Object> discussed = agreed();
        discussed.add(new AnpAssessmentDiscussedAtNacEvent(ASSESSMENT, onCouncil, "Welcomed"));
        given(discussed.toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, onCouncil, "Again", today))
                .expectException(NacDiscussionRecorded.class);
    }

    @Test
    void the_nac_discussion_falls_between_the_agreement_and_today_and_has_a_summary() {
        given(agreed().toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, LocalDate.of(2026, 11, 1), "Early", today))
                .expectException(NacDateOutOfRange.class);
        given(agreed().toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, today.plusDays(1), "Future", today))
                .expectException(NacDateOutOfRange.class);
        given(agreed().toArray())
                .when(new RecordNacDiscussionCommand(ASSESSMENT, null, today, " ", today))
                .expectException(InvalidCommand.class);
    }
}
