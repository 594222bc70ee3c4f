package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** NATO staff commented on one chapter of the ANP. */
@DomainEvent(context = "parp")
public record AnpCommentedEvent(UUID anpId, AnpChapter chapter, String comment) implements AnpEvent {}
