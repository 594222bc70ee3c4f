-- PARP cycles as read, fed from oneplan.parp.events.
CREATE TABLE parp_cycle (
    id           UUID        NOT NULL PRIMARY KEY,
    partner_id   UUID        NOT NULL,
    partner_code VARCHAR(10) NOT NULL,
    start_year   INT         NOT NULL,
    status       VARCHAR(20) NOT NULL,
    content      TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX parp_cycle_partner ON parp_cycle (partner_code, start_year);

-- The ITPPs parp-service has seen drafted (oneplan.itpp.events): whose they are and when their cycle starts,
-- so that an ITPP's approval and its year 3 can open that partner's PARP cycles.
CREATE TABLE itpp_cycle (
    itpp_id          UUID        NOT NULL PRIMARY KEY,
    partner_id       UUID        NOT NULL,
    partner_code     VARCHAR(10) NOT NULL,
    cycle_start_year INT         NOT NULL
);
