package org.oneplan.parp.command;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.AnpChapterWrittenEvent;
import org.oneplan.contracts.parp.AnpCommentedEvent;
import org.oneplan.contracts.parp.AnpDiscussedAtNacEvent;
import org.oneplan.contracts.parp.AnpEvent;
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
import org.oneplan.platform.axon.RecordMarking;
import org.oneplan.platform.domain.InvalidCommand;
import org.oneplan.platform.domain.Require;
import org.oneplan.platform.partners.KnownPartner;
import org.oneplan.platform.partners.KnownPartners;

/**
 * A Membership Action Plan country's Annual National Programme for one year. It is nationally owned: the
 * partner writes its five chapters and submits them; NATO staff comment; the submitted programme is the
 * baseline of the year's annual assessment, and its discussion with the partner at the North Atlantic
 * Council is put on record.
 */
@JsonAutoDetect(
        fieldVisibility = JsonAutoDetect.Visibility.ANY,
        getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
class AnnualNationalProgramme {

    @AggregateIdentifier
    private UUID anpId;

    private String partnerCode;
    private int year;
    private Set<AnpChapter> written;
    private boolean submitted;
    private boolean discussed;

    AnnualNationalProgramme() {
        // Axon rebuilds programmes from their events.
    }

    @CommandHandler
    AnnualNationalProgramme(OpenAnpCommand command, KnownPartners partners) {
        Optional<KnownPartner> found = partners.find(command.partnerId());
        // A delegation learns nothing of other partners: any id but its own is "not this partner".
        if (command.byNation() != null
                && !found.map(KnownPartner::code).orElse("").equals(command.byNation())) {
            throw new NotThisPartner();
        }
        KnownPartner partner = partners.active(command.partnerId());
        if (!partner.membershipActionPlan()) {
            throw new NotAMapCountry(partner.code());
        }
        if (command.year() < EnrolmentPolicy.FIRST_YEAR || command.year() > EnrolmentPolicy.LAST_YEAR) {
            throw new InvalidCommand("year", "must lie between 2021 and 2100");
        }
        RecordMarking.restrictedReleasableTo(partner.code())
                .apply(new AnpOpenedEvent(command.anpId(), command.partnerId(), partner.code(), command.year()));
    }

    @CommandHandler
    long handle(WriteAnpChapterCommand command) {
        requireOwnPartner(command.byNation());
        requireDrafting();
        Require.text("text", command.text());
        return record(new AnpChapterWrittenEvent(
                anpId, command.chapter(), command.text().strip()));
    }

    @CommandHandler
    long handle(SubmitAnpCommand command) {
        requireOwnPartner(command.byNation());
        requireDrafting();
        Set<AnpChapter> missing = EnumSet.allOf(AnpChapter.class);
        missing.removeAll(written);
        if (!missing.isEmpty()) {
            throw new AnpIncomplete(List.copyOf(missing));
        }
        return record(new AnpSubmittedEvent(anpId));
    }

    @CommandHandler
    long handle(CommentOnAnpCommand command) {
        Require.text("comment", command.comment());
        return record(new AnpCommentedEvent(
                anpId, command.chapter(), command.comment().strip()));
    }

    @CommandHandler
    long handle(RecordNacDiscussionCommand command) {
        if (!submitted) {
            throw new AnpNotSubmitted();
        }
        if (discussed) {
            throw new AlreadyDiscussedAtNac();
        }
        if (command.discussedOn().isAfter(command.today())
                || command.discussedOn().getYear() < year) {
            throw new InvalidCommand(
                    "discussedOn", "A discussion is recorded once it has taken place, in or after the ANP's year");
        }
        Require.text("summary", command.summary());
        return record(new AnpDiscussedAtNacEvent(
                anpId, command.discussedOn(), command.summary().strip()));
    }

    @EventSourcingHandler
    void on(AnpEvent event) {
        if (event instanceof AnpOpenedEvent opened) {
            anpId = opened.anpId();
            partnerCode = opened.partnerCode();
            year = opened.year();
            written = Set.of();
        } else if (event instanceof AnpChapterWrittenEvent chapter) {
            Set<AnpChapter> more = EnumSet.noneOf(AnpChapter.class);
            more.addAll(written);
            more.add(chapter.chapter());
            written = Set.copyOf(more);
        } else if (event instanceof AnpSubmittedEvent) {
            submitted = true;
        } else if (event instanceof AnpDiscussedAtNacEvent) {
            discussed = true;
        }
    }

    private void requireOwnPartner(String nation) {
        if (!partnerCode.equals(nation)) {
            throw new NotThisPartner();
        }
    }

    private void requireDrafting() {
        if (submitted) {
            throw new AnpAlreadySubmitted();
        }
    }

    private long record(AnpEvent event) {
        RecordMarking.restrictedReleasableTo(partnerCode).apply(event);
        return AggregateLifecycle.getVersion();
    }
}
