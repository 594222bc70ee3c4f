package org.oneplan.platform.identity;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.oneplan.contracts.shared.Classification;
import org.oneplan.platform.config.OnePlanConfig;

/** Reads the {@link Actor} of the current request from its bearer token. */
@RequestScoped
public class CurrentActor {

    private final JsonWebToken token;
    private final String nationClaim;
    private final String clearanceClaim;
    /** Read from the token once per request. */
    private Actor actor;

    /** The claim names are configurable so that a standard OIDC provider's mappers can name them their way. */
    CurrentActor(JsonWebToken token, OnePlanConfig config) {
        this.token = token;
        this.nationClaim = config.identity().nationClaim();
        this.clearanceClaim = config.identity().clearanceClaim();
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
        Object nation = token.getClaim(nationClaim);
        return new Actor(
                token.getSubject(),
                role,
                nation == null ? null : nation.toString().toUpperCase(Locale.ROOT),
                clearance(token.getClaim(clearanceClaim)));
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
