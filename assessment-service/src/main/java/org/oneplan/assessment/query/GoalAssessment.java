package org.oneplan.assessment.query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.assessment.GoalBaseline;
import org.oneplan.contracts.assessment.GoalRating;
import org.oneplan.contracts.itpp.ActivityStatus;
import org.oneplan.contracts.itpp.MilestoneProgress;

/** One goal as assessed: its baseline (milestones with progress, activities with status) and its rating. */
public record GoalAssessment(
        UUID goalId,
        String title,
        List<Milestone> milestones,
        List<Activity> activities,
        @Schema(nullable = true) GoalRating rating,
        @Schema(nullable = true) String justification) {

    /** A milestone with the latest progress reported on it when the assessment opened (none: nulls). */
    public record Milestone(
            UUID milestoneId,
            String description,
            LocalDate dueDate,
            @Schema(nullable = true) MilestoneProgress progress,
            @Schema(nullable = true) LocalDate reportedOn,
            @Schema(nullable = true) String evidence) {}

    /** An activity serving the goal, with its status when the assessment opened. */
    public record Activity(UUID activityId, String title, ActivityStatus status) {}

    static GoalAssessment unrated(GoalBaseline baseline) {
        return new GoalAssessment(
                baseline.goalId(),
                baseline.title(),
                baseline.milestones().stream()
                        .map(m -> new Milestone(
                                m.milestoneId(),
                                m.description(),
                                m.dueDate(),
                                m.progress(),
                                m.reportedOn(),
                                m.evidence()))
                        .toList(),
                baseline.activities().stream()
                        .map(a -> new Activity(a.activityId(), a.title(), a.status()))
                        .toList(),
                null,
                null);
    }

    GoalAssessment rated(GoalRating newRating, String newJustification) {
        return new GoalAssessment(goalId, title, milestones, activities, newRating, newJustification);
    }
}
