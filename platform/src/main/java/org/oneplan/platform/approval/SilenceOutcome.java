package org.oneplan.platform.approval;

/** What the end of a silence deadline decided. */
public enum SilenceOutcome {
    /** Silence held and the partner (if any) agreed: the text is approved. */
    APPROVED,
    /** Silence held but the co-owning partner had not agreed: the text is a draft again. */
    LAPSED,
    /** The deadline belongs to an earlier circulation, or the procedure is over: nothing happens. */
    STALE
}
