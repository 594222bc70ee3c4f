package org.oneplan.itpp.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.itpp.ActivityLead;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.ActivityType;
import org.oneplan.contracts.itpp.Indicator;
import org.oneplan.contracts.itpp.ItppCycle;
import org.oneplan.contracts.itpp.ItppDraftedEvent;
import org.oneplan.contracts.itpp.ItppStatus;
import org.oneplan.contracts.itpp.MilestoneProgress;
import org.oneplan.platform.projection.Json;

/**
 * An ITPP document as people read it, built by a pure fold over its events: the read model keeps the
 * latest, and the same fold rebuilds the document as it stood at any past instant.
 */
public record ItppDocument(
        UUID id,
        UUID partnerId,
        String partnerCode,
        int cycleStartYear,
        int cycleEndYear,
        String classification,
        ItppStatus status,
        int amendment,
        @Schema(nullable = true) UUID previousItppId,
        boolean partnerAgreed,
        @Schema(nullable = true) Instant silenceEnds,
        @Schema(nullable = true) Instant approvedAt,
        @Schema(nullable = true) Integer cycleYear,
        boolean cycleEnded,
        List<Objective> objectives,
        List<Goal> goals,
        List<Activity> activities,
        List<Objection> objections,
        @Schema(nullable = true) Recommendation recommendation,
        long version) {

    /**
     * What the previous cycle's approved end-of-cycle assessment recommends this draft beyond the goals it
     * carried over: new objectives and goals as text, for the drafters to turn into outputs 1 and 2.
     */
    public record Recommendation(
            UUID assessmentId,
            @Schema(nullable = true) String text,
            List<String> newObjectives,
            List<String> newGoals) {}

    public record Objective(
            UUID id, String title, @Schema(nullable = true) String description, String intendedOutcome) {}

    public record Goal(
            UUID id,
            String title,
            String expectedOutcome,
            String rationale,
            List<UUID> objectiveIds,
            List<MilestoneState> milestones,
            List<Indicator> indicators) {}

    public record MilestoneState(
            UUID id,
            String description,
            LocalDate dueDate,
            @Schema(nullable = true) MilestoneProgress progress,
            @Schema(nullable = true) LocalDate reportedOn,
            @Schema(nullable = true) String evidence) {}

    public record Activity(
            UUID id,
            String title,
            ActivityType type,
            List<UUID> goalIds,
            LocalDate plannedFrom,
            LocalDate plannedUntil,
            ActivityLead lead,
            @Schema(nullable = true) String pcmEventCode,
            ActivityStatus status) {}

    public record Objection(String ally, String reason) {}

    /** ITPPs are co-owned with the partner: restricted, and releasable to that partner. */
    static String classificationFor(String partnerCode) {
        return "NATO RESTRICTED - Releasable to " + partnerCode;
    }

    /** The document after one more event; the first event must be the draft. */
    public static ItppDocument fold(ItppDocument document, Object event, long version) {
        if (event instanceof ItppDraftedEvent drafted) {
            return new ItppDocument(
                    drafted.itppId(),
                    drafted.partnerId(),
                    drafted.partnerCode(),
                    drafted.cycleStartYear(),
                    new ItppCycle(drafted.cycleStartYear()).lastYear(),
                    classificationFor(drafted.partnerCode()),
                    ItppStatus.DRAFT,
                    0,
                    null,
                    false,
                    null,
                    null,
                    null,
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    version);
        }
        if (document == null) {
            throw new IllegalStateException("an ITPP's first event is its draft, not "
                    + event.getClass().getSimpleName());
        }
        return ItppDocumentChanges.after(document, event, version);
    }

    static ItppDocument fromJson(String json) {
        return Json.read(json, ItppDocument.class);
    }

    String toJson() {
        return Json.write(this);
    }
}
