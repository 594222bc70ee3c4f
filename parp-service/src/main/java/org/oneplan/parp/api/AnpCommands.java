package org.oneplan.parp.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.oneplan.contracts.parp.AnpChapter;

/**
 * The commands of Annual National Programmes. {@code expectedVersion} is the caller's {@code If-Match};
 * {@code byNation} is the nation of a partner delegation acting, null for staff.
 */
public final class AnpCommands {

    private AnpCommands() {}

    /** One ANP per partner per year: its id derives from both, so a second one collides (409). */
    public static UUID idOf(UUID partnerId, int year) {
        return UUID.nameUUIDFromBytes(("oneplan:anp:" + partnerId + ":" + year).getBytes(StandardCharsets.UTF_8));
    }

    public record OpenAnpCommand(@TargetAggregateIdentifier UUID anpId, UUID partnerId, int year, String byNation) {}

    public record WriteAnpChapterCommand(
            @TargetAggregateIdentifier UUID anpId,
            @TargetAggregateVersion Long expectedVersion,
            String byNation,
            AnpChapter chapter,
            String text) {}

    public record SubmitAnpCommand(
            @TargetAggregateIdentifier UUID anpId,
            @TargetAggregateVersion Long expectedVersion,
            String byNation) {}

    public record CommentOnAnpCommand(
            @TargetAggregateIdentifier UUID anpId,
            @TargetAggregateVersion Long expectedVersion,
            AnpChapter chapter,
            String comment) {}

    public record RecordNacDiscussionCommand(
            @TargetAggregateIdentifier UUID anpId,
            @TargetAggregateVersion Long expectedVersion,
            LocalDate discussedOn,
            String summary,
            LocalDate today) {}
}
