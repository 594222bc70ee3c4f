package org.oneplan.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.oneplan.contracts.shared.Classification;

/** Reads the {@link Actor} of the current request from its bearer token. */
@RequestScoped
public class CurrentActor {

    private final JsonWebToken token;
    /** Read from the token once per request. */
    private Actor actor;

    CurrentActor(JsonWebToken token) {
        this.token = token;
    }

    /** The caller of the current request. */
    public Actor get() {
        if (actor == null) {
            actor = fromToken();
        }
        return actor;
    }

    private Actor fromToken() {
        Set<String> groups = token.getGroups();
        String role =
                Roles.PRECEDENCE.stream().filter(groups::contains).findFirst().orElse("none");
        String nation = token.getClaim("nation");
        return new Actor(
                token.getSubject(),
                role,
                nation == null ? null : nation.toUpperCase(Locale.ROOT),
                clearance(token.getClaim("clearance")));
    }

    private static Classification clearance(Object claim) {
        if (claim == null) {
            return Classification.NATO_UNCLASSIFIED;
        }
        try {
            return Classification.valueOf(
                    claim.toString().trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            return Classification.NATO_UNCLASSIFIED;
        }
    }
}
