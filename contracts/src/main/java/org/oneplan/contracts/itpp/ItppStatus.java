package org.oneplan.contracts.itpp;

/**
 * Where outputs 1 and 2 stand on their way to approval. {@link #after} is the one definition of how the
 * events move it, used by the aggregate and by the document's fold alike.
 */
public enum ItppStatus {
    DRAFT,
    /** An amendment of the approved text is being drafted; the approved text stays in force. */
    AMENDING,
    SUBMITTED,
    CIRCULATED,
    APPROVED;

    /**
     * The status after {@code event}.
     *
     * @param amended whether an amendment has been opened: a failed approval then returns the text to
     *     {@link #AMENDING}, not to a first {@link #DRAFT}
     */
    public ItppStatus after(ItppEvent event, boolean amended) {
        if (event instanceof ItppDraftedEvent) {
            return DRAFT;
        }
        if (event instanceof ItppSubmittedEvent) {
            return SUBMITTED;
        }
        if (event instanceof ItppCirculatedEvent) {
            return CIRCULATED;
        }
        if (event instanceof SilenceBrokenEvent || event instanceof SilenceProcedureLapsedEvent) {
            return amended ? AMENDING : DRAFT;
        }
        if (event instanceof ItppApprovedEvent) {
            return APPROVED;
        }
        if (event instanceof AmendmentOpenedEvent) {
            return AMENDING;
        }
        return this;
    }

    /** Outputs 1 and 2 can change: a first draft or an amendment. */
    public boolean isDrafting() {
        return this == DRAFT || this == AMENDING;
    }
}
