-- Annual National Programmes as read, fed from oneplan.parp.events.
CREATE TABLE anp (
    id           UUID        NOT NULL PRIMARY KEY,
    partner_id   UUID        NOT NULL,
    partner_code VARCHAR(10) NOT NULL,
    year         INT         NOT NULL,
    status       VARCHAR(20) NOT NULL,
    content      TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX anp_partner ON anp (partner_code, year);
