package org.oneplan.contracts.assessment;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;
import org.oneplan.contracts.parp.AnpChapter;

/** Staff wrote (or rewrote) their assessment of one chapter of the ANP. */
@DomainEvent(context = "assessment")
public record AnpChapterAssessedEvent(UUID assessmentId, AnpChapter chapter, String text)
        implements AnpAssessmentEvent {}
