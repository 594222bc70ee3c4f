package org.oneplan.platform.identity;

import java.util.List;

/** The roles of the {@code groups} claim. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String STAFF = "staff";
    public static final String INSPECTOR = "inspector";
    public static final String ALLY = "ally";
    public static final String PARTNER = "partner";

    /** When a token carries several roles, the first of these names the actor's role in the audit trail. */
    static final List<String> PRECEDENCE = List.of(ADMIN, STAFF, INSPECTOR, ALLY, PARTNER);

    private Roles() {}
}
