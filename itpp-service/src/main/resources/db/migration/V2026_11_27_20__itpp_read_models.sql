-- What itpp-service knows of partners and Allies, fed from oneplan.partner.events.
CREATE TABLE known_partner (
    id        UUID        NOT NULL PRIMARY KEY,
    code      VARCHAR(10) NOT NULL,
    suspended BOOLEAN     NOT NULL
);

CREATE TABLE ally_roster (
    code           VARCHAR(3)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    accession_date DATE         NOT NULL
);

-- ITPP documents as read, fed from oneplan.itpp.events.
CREATE TABLE itpp_document (
    id               UUID        NOT NULL PRIMARY KEY,
    partner_id       UUID        NOT NULL,
    partner_code     VARCHAR(10) NOT NULL,
    cycle_start_year INT         NOT NULL,
    status           VARCHAR(20) NOT NULL,
    partner_agreed   BOOLEAN     NOT NULL,
    silence_ends     TIMESTAMP WITH TIME ZONE,
    approved_at      TIMESTAMP WITH TIME ZONE,
    content          TEXT        NOT NULL,
    version          BIGINT      NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX itpp_document_partner ON itpp_document (partner_code, cycle_start_year);
