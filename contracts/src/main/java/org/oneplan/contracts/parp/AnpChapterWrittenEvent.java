package org.oneplan.contracts.parp;

import java.util.UUID;
import org.oneplan.contracts.DomainEvent;

/** The partner (the programme is nationally owned) wrote or rewrote one chapter of its ANP. */
@DomainEvent(context = "parp")
public record AnpChapterWrittenEvent(UUID anpId, AnpChapter chapter, String text) implements AnpEvent {}
