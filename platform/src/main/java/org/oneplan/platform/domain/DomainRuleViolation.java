package org.oneplan.platform.domain;

/**
 * A command refused because it breaks a business rule. Each refusal is a named subclass in the domain's
 * language ({@code PartnerAlreadySuspended}); the REST layer answers 422 with {@link #code()} as the
 * problem type, so clients can tell refusals apart without parsing text.
 */
public abstract class DomainRuleViolation extends RuntimeException {

    private final String code;

    /**
     * @param code a stable, kebab-case name of the rule, e.g. {@code partner-already-suspended}
     * @param message what was refused and why, for people
     */
    protected DomainRuleViolation(String code, String message) {
        // No stack trace: a refusal is an expected outcome, not a fault.
        super(message, null, false, false);
        this.code = code;
    }

    public final String code() {
        return code;
    }
}
