package org.oneplan.parp.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.AnpChapter;
import org.oneplan.contracts.parp.AnpChapterWrittenEvent;
import org.oneplan.contracts.parp.AnpCommentedEvent;
import org.oneplan.contracts.parp.AnpDiscussedAtNacEvent;
import org.oneplan.contracts.parp.AnpOpenedEvent;
import org.oneplan.contracts.parp.AnpSubmittedEvent;
import org.oneplan.platform.projection.Json;

/** An Annual National Programme as read, built by a pure fold over its events (now, or as of the past). */
public record AnpDocument(
        UUID id,
        UUID partnerId,
        String partnerCode,
        int year,
        String classification,
        AnpDocument.Status status,
        List<Chapter> chapters,
        @Schema(nullable = true) NacDiscussion nacDiscussion,
        long version) {

    @Schema(name = "AnpStatus")
    public enum Status {
        DRAFTING,
        SUBMITTED,
        DISCUSSED_AT_NAC
    }

    /** A chapter's text (null until written) and NATO staff's comments on it, oldest first. */
    public record Chapter(
            AnpChapter chapter, @Schema(nullable = true) String text, List<String> comments) {}

    public record NacDiscussion(LocalDate discussedOn, String summary) {}

    public static AnpDocument fold(AnpDocument anp, Object event, long version) {
        if (event instanceof AnpOpenedEvent opened) {
            return new AnpDocument(
                    opened.anpId(),
                    opened.partnerId(),
                    opened.partnerCode(),
                    opened.year(),
                    ParpCycleDocument.classificationFor(opened.partnerCode()),
                    Status.DRAFTING,
                    Arrays.stream(AnpChapter.values())
                            .map(chapter -> new Chapter(chapter, null, List.of()))
                            .toList(),
                    null,
                    version);
        }
        if (anp == null) {
            throw new IllegalStateException("an ANP's first event is its opening, not "
                    + event.getClass().getSimpleName());
        }
        if (event instanceof AnpChapterWrittenEvent written) {
            return anp.withChapter(
                    written.chapter(), c -> new Chapter(c.chapter(), written.text(), c.comments()), version);
        }
        if (event instanceof AnpCommentedEvent commented) {
            return anp.withChapter(
                    commented.chapter(),
                    c -> {
                        List<String> comments = new ArrayList<>(c.comments());
                        comments.add(commented.comment());
                        return new Chapter(c.chapter(), c.text(), List.copyOf(comments));
                    },
                    version);
        }
        if (event instanceof AnpSubmittedEvent) {
            return new AnpDocument(
                    anp.id,
                    anp.partnerId,
                    anp.partnerCode,
                    anp.year,
                    anp.classification,
                    Status.SUBMITTED,
                    anp.chapters,
                    null,
                    version);
        }
        if (event instanceof AnpDiscussedAtNacEvent discussed) {
            return new AnpDocument(
                    anp.id,
                    anp.partnerId,
                    anp.partnerCode,
                    anp.year,
                    anp.classification,
                    Status.DISCUSSED_AT_NAC,
                    anp.chapters,
                    new NacDiscussion(discussed.discussedOn(), discussed.summary()),
                    version);
        }
        return anp;
    }

    private AnpDocument withChapter(AnpChapter which, java.util.function.UnaryOperator<Chapter> change, long at) {
        return new AnpDocument(
                id,
                partnerId,
                partnerCode,
                year,
                classification,
                status,
                chapters.stream()
                        .map(chapter -> chapter.chapter() == which ? change.apply(chapter) : chapter)
                        .toList(),
                nacDiscussion,
                at);
    }

    static AnpDocument fromJson(String json) {
        return Json.read(json, AnpDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
