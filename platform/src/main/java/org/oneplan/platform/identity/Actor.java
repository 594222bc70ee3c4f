package org.oneplan.platform.identity;

import org.oneplan.contracts.shared.Classification;

/**
 * Who is calling: the token's subject, role, nation (ISO 3166 alpha-3; a partner delegation's nation is
 * its partner code) and clearance.
 */
public record Actor(String subject, String role, String nation, Classification clearance) {

    public boolean is(String someRole) {
        return role.equals(someRole);
    }

    /** A partner delegation sees only its own nation's records. */
    public boolean isPartnerDelegation() {
        return is(Roles.PARTNER);
    }
}
