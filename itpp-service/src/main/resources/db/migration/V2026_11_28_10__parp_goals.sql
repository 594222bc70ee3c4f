-- The approved PARP partnership goals that serve an ITPP's goals, fed from oneplan.parp.events.
-- Texts are unbounded here: parp-service bounds them, and a consumer must not refuse what it publishes.
CREATE TABLE parp_goal (
    id                 UUID        NOT NULL PRIMARY KEY,
    parp_cycle_id      UUID        NOT NULL,
    itpp_id            UUID        NOT NULL,
    partner_code       VARCHAR(10) NOT NULL,
    code               TEXT        NOT NULL,
    title              TEXT        NOT NULL,
    area               VARCHAR(40) NOT NULL,
    from_year          INT         NOT NULL,
    to_year            INT         NOT NULL,
    -- The ITPP goal ids the PARP goal serves, as a JSON array: read whole, never filtered on in SQL.
    itpp_goal_ids      TEXT        NOT NULL,
    status             VARCHAR(30),
    status_recorded_on DATE,
    evidence           TEXT
);
CREATE INDEX parp_goal_itpp ON parp_goal (itpp_id);
CREATE INDEX parp_goal_cycle ON parp_goal (parp_cycle_id);
