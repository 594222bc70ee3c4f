package org.oneplan.assessment.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
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
        @Schema(nullable = true) String justification,
        List<IndicatorActual> actuals) {

    /** A stored document from before actuals were recorded reads with none. */
    public GoalAssessment {
        actuals = actuals == null ? List.of() : actuals;
    }

    /** What one of the goal's indicators measured over the assessment's period (by sex where it counts people). */
    public record IndicatorActual(
            UUID indicatorId,
            BigDecimal value,
            @Schema(nullable = true) BigDecimal women,
            @Schema(nullable = true) BigDecimal men) {}

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
                null,
                List.of());
    }

    GoalAssessment rated(GoalRating newRating, String newJustification) {
        return new GoalAssessment(goalId, title, milestones, activities, newRating, newJustification, actuals);
    }

    /** With {@code actual} replacing any earlier value of the same indicator. */
    GoalAssessment measured(IndicatorActual actual) {
        List<IndicatorActual> more = new ArrayList<>(actuals.stream()
                .filter(a -> !a.indicatorId().equals(actual.indicatorId()))
                .toList());
        more.add(actual);
        return new GoalAssessment(goalId, title, milestones, activities, rating, justification, List.copyOf(more));
    }
}
