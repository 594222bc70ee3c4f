package org.oneplan.itpp.command;

import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.Description;
import org.hamcrest.TypeSafeMatcher;
import org.oneplan.platform.axon.AuditMetadata;

/** Matches a non-empty list of events that all carry the given classification and releasability. */
final class MarkedEvents extends TypeSafeMatcher<List<? super EventMessage<?>>> {

    private final String classification;
    private final String releasability;

    private MarkedEvents(String classification, String releasability) {
        this.classification = classification;
        this.releasability = releasability;
    }

    static MarkedEvents allMarked(String classification, String releasability) {
        return new MarkedEvents(classification, releasability);
    }

    @Override
    protected boolean matchesSafely(List<? super EventMessage<?>> events) {
        return !events.isEmpty()
                && events.stream()
                        .map(EventMessage.class::cast)
                        .allMatch(event -> classification.equals(
                                        event.getMetaData().get(AuditMetadata.CLASSIFICATION))
                                && releasability.equals(event.getMetaData().get(AuditMetadata.RELEASABILITY)));
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("events all marked " + classification + ", " + releasability);
    }
}
