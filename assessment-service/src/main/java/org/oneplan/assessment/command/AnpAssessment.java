package org.oneplan.assessment.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
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
import org.oneplan.contracts.assessment.AnpAssessmentDiscussedAtNacEvent;
import org.oneplan.contracts.assessment.AnpAssessmentEvent;
import org.oneplan.contracts.assessment.AnpAssessmentOpenedEvent;
import org.oneplan.contracts.assessment.AnpChapterAssessedEvent;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.platform.approval.ConsensusApproval;
import org.oneplan.platform.approval.SilenceDeadline;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;

/**
 * The annual assessment of a MAP country's submitted ANP: staff assess it chapter by chapter, the Allies agree
 * it under silence (then it is frozen), and the discussion with the partner at the Council is recorded once.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AnpAssessment {

    @AggregateIdentifier
    private UUID assessmentId;

    private AnpAssessmentOpenedEvent header;
    private Map<AnpChapter, String> chapters;
    private ConsensusApproval approval;
    private Instant agreedAt;
    private boolean discussed;

    AnpAssessment() {
        // Axon rebuilds assessments from their events.
    }

    @CommandHandler
    AnpAssessment(OpenAnpAssessmentCommand command, KnownAnps anps) {
        KnownAnps.KnownAnp anp = anps.find(command.anpId()).orElseThrow(() -> new UnknownAnp(command.anpId()));
        if (!anp.submitted()) {
            throw new AnpNotSubmitted();
        }
        AnpAssessmentOpenedEvent opened = new AnpAssessmentOpenedEvent(
                command.assessmentId(), anp.anpId(), anp.partnerId(), anp.partnerCode(), anp.year());
        AnpAssessmentApproval.markingOf(opened).apply(opened);
    }

    @CommandHandler
    long handle(AssessAnpChapterCommand command) {
        approval.requireDrafting();
        if (command.chapter() == null) {
            throw new InvalidCommand("chapter", "Name one of the ANP's five chapters");
        }
        Require.text("text", command.text());
        String text = command.text().strip();
        return text.equals(chapters.get(command.chapter()))
                ? version()
                : record(new AnpChapterAssessedEvent(assessmentId, command.chapter(), text));
    }

    @CommandHandler
    long handle(SubmitAnpAssessmentCommand command) {
        approval.requireDrafting();
        List<AnpChapter> missing = Arrays.stream(AnpChapter.values())
                .filter(chapter -> !chapters.containsKey(chapter))
                .toList();
        if (!missing.isEmpty()) {
            throw new ChaptersNotAssessed(missing);
        }
        approval.submit(approvalEvents());
        return version();
    }

    @CommandHandler
    long handle(CirculateAnpAssessmentCommand command, DeadlineManager deadlines) {
        approval.circulate(command.silenceEnds(), command.allies(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @CommandHandler
    long handle(BreakAnpAssessmentSilenceCommand command, DeadlineManager deadlines) {
        approval.breakSilence(command.allyNation(), command.reason(), command.at(), approvalEvents(), deadlines);
        return version();
    }

    @DeadlineHandler(deadlineName = SilenceDeadline.NAME)
    void silenceEnds(SilenceDeadline deadline) {
        approval.silenceEnded(deadline, approvalEvents());
    }

    /** Recorded once the Allies agreed the assessment, on a day between that agreement and today. */
    @CommandHandler
    long handle(RecordNacDiscussionCommand command) {
        if (!approval.isApproved()) {
            throw new NotAgreed();
        }
        if (discussed) {
            throw new NacDiscussionRecorded();
        }
        if (command.discussedOn() == null) {
            throw new InvalidCommand("discussedOn", "Name the day of the Council's discussion");
        }
        Require.text("summary", command.summary());
        LocalDate agreedOn = LocalDate.ofInstant(agreedAt, ZoneOffset.UTC);
        if (command.discussedOn().isBefore(agreedOn) || command.discussedOn().isAfter(command.today())) {
            throw new NacDateOutOfRange();
        }
        return record(new AnpAssessmentDiscussedAtNacEvent(
                assessmentId, command.discussedOn(), command.summary().strip()));
    }

    @EventSourcingHandler
    void on(AnpAssessmentOpenedEvent event) {
        assessmentId = event.assessmentId();
        header = event;
        chapters = new EnumMap<>(AnpChapter.class);
        approval = AnpAssessmentApproval.start();
    }

    @EventSourcingHandler
    void on(AnpAssessmentEvent event) {
        if (event instanceof AnpChapterAssessedEvent assessed) {
            chapters.put(assessed.chapter(), assessed.text());
        }
        if (event instanceof AnpAssessmentAgreedEvent agreed) {
            agreedAt = agreed.agreedAt();
        }
        if (event instanceof AnpAssessmentDiscussedAtNacEvent) {
            discussed = true;
        }
        approval = AnpAssessmentApproval.after(approval, event);
    }

    private AnpAssessmentApproval approvalEvents() {
        return new AnpAssessmentApproval(header);
    }

    private long record(AnpAssessmentEvent event) {
        AnpAssessmentApproval.markingOf(header).apply(event);
        return version();
    }

    private static long version() {
        return AggregateLifecycle.getVersion();
    }
}
