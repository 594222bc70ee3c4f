package org.oneplan.contracts.assessment;

/** How far a partnership goal has come, as staff rate it in an assessment. */
public enum GoalRating {
    ACHIEVED,
    ON_TRACK,
    PARTIALLY_ON_TRACK,
    NOT_ON_TRACK,
    NOT_ASSESSABLE
}
