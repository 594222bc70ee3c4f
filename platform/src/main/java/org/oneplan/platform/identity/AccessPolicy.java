package org.oneplan.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Function;
import org.oneplan.platform.rest.ProblemException;

/**
 * Who may read what: the one place every read, list, history, document and audit endpoint asks. Roles decide
 * which endpoints a caller reaches ({@code @RolesAllowed}); this policy decides which records it then sees.
 *
 * <p>Today's rule: a partner delegation sees only the records of its own nation, as if the others did not
 * exist (404, absent from lists and totals); staff, administrators, Allies and inspectors see every record.
 * Classification and releasability checks against the caller's clearance belong here too, beside the nation
 * rule, so that no endpoint decides them on its own.
 */
@RequestScoped
public class AccessPolicy {

    private final CurrentActor actor;

    AccessPolicy(CurrentActor actor) {
        this.actor = actor;
    }

    /** Whether the caller may see a record that belongs to {@code ownerNation} (a partner's code). */
    public boolean maySee(String ownerNation) {
        Actor caller = actor.get();
        return !caller.isPartnerDelegation() || (ownerNation != null && ownerNation.equals(caller.nation()));
    }

    /**
     * The record if the caller may see it; otherwise "not found", the same answer as for a record that does
     * not exist, so that the answer confirms nothing.
     */
    public <T> T visibleOrNotFound(T record, Function<T, String> ownerNation, String what) {
        if (record == null || !maySee(ownerNation.apply(record))) {
            throw ProblemException.notFound(what);
        }
        return record;
    }

    /** The nation a list must show for this caller: a partner delegation's own, else the one requested (or all). */
    public String nationFilter(String requested) {
        Actor caller = actor.get();
        return caller.isPartnerDelegation() ? String.valueOf(caller.nation()) : requested;
    }

    /** False when a partner delegation asks to list another nation's records: its list is then empty. */
    public boolean mayList(String requestedNation) {
        return requestedNation == null || maySee(requestedNation);
    }
}
