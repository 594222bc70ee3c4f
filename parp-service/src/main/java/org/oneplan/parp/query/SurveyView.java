package org.oneplan.parp.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.oneplan.contracts.parp.ParpSurveyIssuedEvent;
import org.oneplan.contracts.parp.SurveyAnswerSavedEvent;
import org.oneplan.contracts.parp.SurveyClarificationRequestedEvent;
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.contracts.parp.SurveySubmittedEvent;

/** The cycle's survey as read: each section's latest answer and whether the partner may answer it now. */
public record SurveyView(
        SurveyView.Status status,
        @Schema(nullable = true) LocalDate dueDate,
        List<String> questionsOfTheCycle,
        List<Section> sections,
        List<Clarification> clarifications) {

    @Schema(name = "SurveyStatus")
    public enum Status {
        NOT_ISSUED,
        ANSWERING,
        SUBMITTED
    }

    public record Section(
            SurveySection section, @Schema(nullable = true) String answer, boolean open) {}

    public record Clarification(SurveySection section, String question) {}

    static SurveyView notIssued() {
        return new SurveyView(Status.NOT_ISSUED, null, List.of(), sections(false), List.of());
    }

    private static List<Section> sections(boolean open) {
        return Arrays.stream(SurveySection.values())
                .map(section -> new Section(section, null, open))
                .toList();
    }

    SurveyView after(Object event) {
        if (event instanceof ParpSurveyIssuedEvent issued) {
            return new SurveyView(
                    Status.ANSWERING, issued.dueDate(), issued.questionsOfTheCycle(), sections(true), clarifications);
        }
        if (event instanceof SurveyAnswerSavedEvent saved) {
            return withSections(
                    status, saved.section(), section -> new Section(section.section(), saved.answer(), section.open()));
        }
        if (event instanceof SurveySubmittedEvent) {
            return new SurveyView(
                    Status.SUBMITTED,
                    dueDate,
                    questionsOfTheCycle,
                    sections.stream()
                            .map(section -> new Section(section.section(), section.answer(), false))
                            .toList(),
                    clarifications);
        }
        if (event instanceof SurveyClarificationRequestedEvent asked) {
            List<Clarification> more = new ArrayList<>(clarifications);
            more.add(new Clarification(asked.section(), asked.question()));
            SurveyView reopened = withSections(
                    Status.ANSWERING,
                    asked.section(),
                    section -> new Section(section.section(), section.answer(), true));
            return new SurveyView(reopened.status, dueDate, questionsOfTheCycle, reopened.sections, List.copyOf(more));
        }
        return this;
    }

    private SurveyView withSections(
            Status newStatus, SurveySection which, java.util.function.UnaryOperator<Section> change) {
        return new SurveyView(
                newStatus,
                dueDate,
                questionsOfTheCycle,
                sections.stream()
                        .map(section -> section.section() == which ? change.apply(section) : section)
                        .toList(),
                clarifications);
    }
}
