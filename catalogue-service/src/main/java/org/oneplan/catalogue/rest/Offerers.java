package org.oneplan.catalogue.rest;

import jakarta.enterprise.context.RequestScoped;
import org.oneplan.platform.identity.Actor;
import org.oneplan.platform.identity.CurrentActor;
import org.oneplan.platform.identity.Roles;
import org.oneplan.platform.rest.ProblemException;

/**
 * Whom a caller offers and changes events for: NATO staff for the NATO bodies (offering nation {@code NATO},
 * and every event), an Ally's or partner's delegation for its own nation only.
 */
@RequestScoped
public class Offerers {

    static final String NATO = "NATO";

    private final CurrentActor actor;

    Offerers(CurrentActor actor) {
        this.actor = actor;
    }

    private boolean isStaff() {
        Actor caller = actor.get();
        return caller.is(Roles.STAFF) || caller.is(Roles.ADMIN);
    }

    /** The offering nation of a contribution the caller submits. */
    String offeringNation() {
        if (isStaff()) {
            return NATO;
        }
        return nationOf(actor.get());
    }

    /** A delegation's nation, which its token must name. */
    static String nationOf(Actor delegation) {
        String nation = delegation.nation();
        if (nation == null || nation.isBlank()) {
            throw new ProblemException(403, "no-nation", "A delegation's token names its nation");
        }
        return nation;
    }

    /** The nation the caller is bound to when changing an event; null for staff, who change any. */
    String actingNation() {
        return isStaff() ? null : offeringNation();
    }
}
