package org.oneplan.assessment.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.oneplan.assessment.api.AssessmentCommands.ReviseAssessmentCommand;
import org.oneplan.assessment.api.AssessmentCommands.Revised;
import org.oneplan.contracts.assessment.ItppAssessmentRevisionOpenedEvent;

/**
 * A correction touches two assessments: it reads the approved one (what it recorded), which must be approved
 * and gives the baseline, and opens the next revision over it, in one unit of work. Revising an older
 * revision again meets the newer one's id: 409.
 */
final class AssessmentRevisions {

    private final Repository<ItppAssessment> assessments;

    AssessmentRevisions(Repository<ItppAssessment> assessments) {
        this.assessments = assessments;
    }

    @CommandHandler
    Revised handle(ReviseAssessmentCommand command) throws Exception {
        ItppAssessmentRevisionOpenedEvent opening =
                assessments.load(command.assessmentId().toString()).invoke(ItppAssessment::nextRevision);
        Aggregate<ItppAssessment> revision = assessments.newInstance(() -> new ItppAssessment(opening));
        return new Revised(opening.assessmentId(), revision.version());
    }
}
