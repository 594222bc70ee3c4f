package org.oneplan.contracts.parp;

/** The sections of the PARP survey, answered one by one by the partner delegation. */
public enum SurveySection {
    DEFENCE_POLICY_AND_PLANNING,
    FORCES_AND_CAPABILITIES_OFFERED,
    DEFENCE_BUDGET_AND_RESOURCES,
    INTEROPERABILITY,
    QUESTIONS_OF_THE_CYCLE
}
