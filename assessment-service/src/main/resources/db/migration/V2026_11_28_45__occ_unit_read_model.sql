-- OCC units as read (declaration, evaluations, linked goals, feedback), fed from oneplan.assessment.events.
CREATE TABLE occ_unit (
    id           UUID         NOT NULL PRIMARY KEY,
    partner_code VARCHAR(10)  NOT NULL,
    domain       VARCHAR(30)  NOT NULL,
    name         VARCHAR(200) NOT NULL,
    content      TEXT         NOT NULL,
    version      BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX occ_unit_partner ON occ_unit (partner_code, domain);
