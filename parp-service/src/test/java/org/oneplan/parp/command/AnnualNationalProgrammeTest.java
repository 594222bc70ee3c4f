package org.oneplan.parp.command;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.AnpChapterWrittenEvent;
import org.oneplan.contracts.parp.AnpCommentedEvent;
import org.oneplan.contracts.parp.AnpDiscussedAtNacEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;
import org.oneplan.parp.api.AnpCommands.CommentOnAnpCommand;
import org.oneplan.parp.api.AnpCommands.OpenAnpCommand;
import org.oneplan.parp.api.AnpCommands.RecordNacDiscussionCommand;
import org.oneplan.parp.api.AnpCommands.SubmitAnpCommand;
import org.oneplan.parp.api.AnpCommands.WriteAnpChapterCommand;
import org.oneplan.parp.command.AnpRefusals.AlreadyDiscussedAtNac;
import org.oneplan.parp.command.AnpRefusals.AnpAlreadySubmitted;
import org.oneplan.parp.command.AnpRefusals.AnpIncomplete;
import org.oneplan.parp.command.AnpRefusals.AnpNotSubmitted;
import org.oneplan.parp.command.AnpRefusals.NotAMapCountry;
import org.oneplan.parp.command.ParpRefusals.NotThisPartner;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.testing.InMemoryKnownPartners;

class AnnualNationalProgrammeTest {

    private static final UUID ANP = UUID.fromString("a1a1a1a1-0000-4000-8000-0000000000f1");
    private static final UUID BOSNIA = UUID.fromString("b2b2b2b2-0000-4000-8000-0000000000f2");
    private static final UUID GEORGIA = UUID.fromString("c3c3c3c3-0000-4000-8000-0000000000f3");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private AggregateTestFixture<AnnualNationalProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AnnualNationalProgramme.class);
        fixture.registerInjectableResource(new InMemoryKnownPartners()
                .with(new KnownPartner(BOSNIA, "BIH", false, Set.of(), Set.of(), true))
                .with(KnownPartner.of(GEORGIA, "GEO", false)));
    }

    private static AnpOpenedEvent opened() {
        return new AnpOpenedEvent(ANP, BOSNIA, "BIH", 2026);
    }

    private static Object[] everyChapterWritten() {
        return Arrays.stream(AnpChapter.values())
                .map(chapter -> new AnpChapterWrittenEvent(ANP, chapter, "Text of " + chapter))
                .toArray();
    }

    @Test
    void a_map_country_opens_its_programme_for_a_year() {
        fixture.givenNoPriorActivity()
                .when(new OpenAnpCommand(ANP, BOSNIA, 2026, "BIH"))
                .expectEvents(opened());
        fixture.givenNoPriorActivity()
                .when(new OpenAnpCommand(ANP, BOSNIA, 2026, null))
                .expectEvents(opened());
    }

    @Test
    void refuses_a_programme_for_a_partner_without_map_status_or_for_another_partner() {
        fixture.givenNoPriorActivity()
                .when(new OpenAnpCommand(ANP, GEORGIA, 2026, null))
                .expectException(NotAMapCountry.class);
        fixture.givenNoPriorActivity()
                .when(new OpenAnpCommand(ANP, BOSNIA, 2026, "GEO"))
                .expectException(NotThisPartner.class);
        fixture.givenNoPriorActivity()
                .when(new OpenAnpCommand(ANP, UUID.randomUUID(), 2026, "GEO"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void the_partner_writes_its_chapters_and_no_one_else_does() {
        fixture.given(opened())
                .when(new WriteAnpChapterCommand(ANP, null, "BIH", AnpChapter.LEGAL, " Defence law "))
                .expectEvents(new AnpChapterWrittenEvent(ANP, AnpChapter.LEGAL, "Defence law"));
        fixture.given(opened())
                .when(new WriteAnpChapterCommand(ANP, null, null, AnpChapter.LEGAL, "Staff text"))
                .expectException(NotThisPartner.class);
    }

    @Test
    void submits_only_when_all_five_chapters_are_written() {
        fixture.given(opened(), new AnpChapterWrittenEvent(ANP, AnpChapter.LEGAL, "x"))
                .when(new SubmitAnpCommand(ANP, null, "BIH"))
                .expectException(AnpIncomplete.class);
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .when(new SubmitAnpCommand(ANP, null, "BIH"))
                .expectEvents(new AnpSubmittedEvent(ANP));
    }

    @Test
    void a_submitted_programme_is_the_baseline_and_stays_as_it_is() {
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .andGiven(new AnpSubmittedEvent(ANP))
                .when(new WriteAnpChapterCommand(ANP, null, "BIH", AnpChapter.LEGAL, "Late change"))
                .expectException(AnpAlreadySubmitted.class);
    }

    @Test
    void staff_comment_on_a_chapter() {
        fixture.given(opened())
                .when(new CommentOnAnpCommand(ANP, null, AnpChapter.RESOURCES, "Show the multi-year budget"))
                .expectEvents(new AnpCommentedEvent(ANP, AnpChapter.RESOURCES, "Show the multi-year budget"));
    }

    @Test
    void records_the_nac_discussion_once_of_a_submitted_programme_on_a_past_day() {
        LocalDate day = LocalDate.of(2026, 11, 4);
        fixture.given(opened())
                .when(new RecordNacDiscussionCommand(ANP, null, day, "Noted", TODAY))
                .expectException(AnpNotSubmitted.class);
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .andGiven(new AnpSubmittedEvent(ANP))
                .when(new RecordNacDiscussionCommand(ANP, null, day, "Progress noted", TODAY))
                .expectEvents(new AnpDiscussedAtNacEvent(ANP, day, "Progress noted"));
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .andGiven(new AnpSubmittedEvent(ANP))
                .when(new RecordNacDiscussionCommand(ANP, null, TODAY.plusDays(1), "Planned", TODAY))
                .expectException(InvalidCommand.class);
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .andGiven(new AnpSubmittedEvent(ANP))
                .when(new RecordNacDiscussionCommand(ANP, null, LocalDate.of(1950, 1, 1), "Long ago", TODAY))
                .expectException(InvalidCommand.class);
        fixture.given(opened())
                .andGiven(everyChapterWritten())
                .andGiven(new AnpSubmittedEvent(ANP), new AnpDiscussedAtNacEvent(ANP, day, "Noted"))
                .when(new RecordNacDiscussionCommand(ANP, null, day, "Again", TODAY))
                .expectException(AlreadyDiscussedAtNac.class);
    }
}
