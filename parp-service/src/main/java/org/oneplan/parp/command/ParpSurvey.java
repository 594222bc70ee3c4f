package org.oneplan.parp.command;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.oneplan.contracts.parp.ParpEvent;
import org.oneplan.contracts.parp.ParpSurveyIssuedEvent;
import org.oneplan.contracts.parp.SurveyAnswerSavedEvent;
import org.oneplan.contracts.parp.SurveyClarificationRequestedEvent;
import org.oneplan.contracts.parp.SurveySection;
import org.oneplan.contracts.parp.SurveySubmittedEvent;
import org.oneplan.parp.command.ParpRefusals.SectionNotAnswered;
import org.oneplan.parp.command.ParpRefusals.SurveyAlreadyIssued;
import org.oneplan.parp.command.ParpRefusals.SurveyAlreadySubmitted;
import org.oneplan.parp.command.ParpRefusals.SurveyIncomplete;
import org.oneplan.parp.command.ParpRefusals.SurveyNotIssued;
import org.oneplan.parp.command.ParpRefusals.SurveyNotSubmitted;
import org.oneplan.parp.command.ParpRefusals.SurveySectionClosed;

/**
 * The PARP survey of one cycle: issued by staff, answered section by section by the partner (drafts saved
 * as often as it likes), submitted whole; a clarification asked by staff opens one submitted section again.
 *
 * @param open the sections the partner may answer now: all until the first submission, then those reopened
 */
record ParpSurvey(
        boolean issued, boolean submitted, boolean hasQuestions, Set<SurveySection> answered, Set<SurveySection> open) {

    static ParpSurvey notIssued() {
        return new ParpSurvey(false, false, false, Set.of(), Set.of());
    }

    void requireIssuable() {
        if (issued) {
            throw new SurveyAlreadyIssued();
        }
    }

    void requireAnswerable(SurveySection section) {
        if (!issued) {
            throw new SurveyNotIssued();
        }
        if (!open.contains(section)) {
            throw new SurveySectionClosed(section);
        }
    }

    /** Every section answered; the questions of the cycle only when the cycle has some. */
    void requireSubmittable() {
        if (!issued) {
            throw new SurveyNotIssued();
        }
        if (submitted) {
            throw new SurveyAlreadySubmitted();
        }
        Set<SurveySection> missing = EnumSet.allOf(SurveySection.class);
        if (!hasQuestions) {
            missing.remove(SurveySection.QUESTIONS_OF_THE_CYCLE);
        }
        missing.removeAll(answered);
        if (!missing.isEmpty()) {
            throw new SurveyIncomplete(List.copyOf(missing));
        }
    }

    void requireClarifiable(SurveySection section) {
        if (!submitted) {
            throw new SurveyNotSubmitted();
        }
        if (!answered.contains(section)) {
            throw new SectionNotAnswered(section);
        }
    }

    ParpSurvey after(ParpEvent event) {
        if (event instanceof ParpSurveyIssuedEvent issue) {
            return new ParpSurvey(
                    true, false, !issue.questionsOfTheCycle().isEmpty(), Set.of(), EnumSet.allOf(SurveySection.class));
        }
        if (event instanceof SurveyAnswerSavedEvent saved) {
            return new ParpSurvey(issued, submitted, hasQuestions, with(answered, saved.section()), open);
        }
        if (event instanceof SurveySubmittedEvent) {
            return new ParpSurvey(issued, true, hasQuestions, answered, Set.of());
        }
        if (event instanceof SurveyClarificationRequestedEvent clarification) {
            return new ParpSurvey(issued, false, hasQuestions, answered, with(open, clarification.section()));
        }
        return this;
    }

    private static Set<SurveySection> with(Set<SurveySection> sections, SurveySection section) {
        Set<SurveySection> more = EnumSet.noneOf(SurveySection.class);
        more.addAll(sections);
        more.add(section);
        return Set.copyOf(more);
    }
}
