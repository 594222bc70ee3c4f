package org.oneplan.contracts.parp;

import java.util.UUID;

/**
 * Everything that happens to a MAP country's Annual National Programme; published on
 * {@code oneplan.parp.events} (the PARP context owns it), keyed by ANP id.
 */
public sealed interface AnpEvent
        permits AnpOpenedEvent, AnpChapterWrittenEvent, AnpSubmittedEvent, AnpCommentedEvent, AnpDiscussedAtNacEvent {

    UUID anpId();
}
