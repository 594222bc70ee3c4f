package org.oneplan.contracts.itpp;

/** Who leads an activity: a NATO body, an Ally or the partner, by name or nation code. */
public record ActivityLead(Kind kind, String name) {

    public enum Kind {
        NATO_BODY,
        ALLY,
        PARTNER
    }
}
