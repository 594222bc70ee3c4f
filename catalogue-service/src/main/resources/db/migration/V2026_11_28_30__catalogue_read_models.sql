-- The catalogue's reference data as read, fed from oneplan.catalogue.events. Command handlers read them too
-- (with JDBC) to check that a contribution names an active discipline and a known institution.
CREATE TABLE discipline (
    id         UUID         NOT NULL PRIMARY KEY,
    code       VARCHAR(10)  NOT NULL UNIQUE,
    active     BOOLEAN      NOT NULL,
    content    TEXT         NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE
);

CREATE TABLE offering_institution (
    id         UUID         NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    nation     VARCHAR(10)  NOT NULL,
    content    TEXT         NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE
);

-- Contributions (offered events) with the columns the search filters on; the text is searched with ILIKE
-- for now (full-text search with indexes comes with the 1,400-event catalogue).
CREATE TABLE catalogue_event (
    id              UUID         NOT NULL PRIMARY KEY,
    year            INT          NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    offering_nation VARCHAR(10)  NOT NULL,
    discipline_code VARCHAR(10)  NOT NULL,
    host_nation     VARCHAR(10),
    delivery_method VARCHAR(30)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    description     TEXT         NOT NULL,
    content         TEXT         NOT NULL,
    version         BIGINT       NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX catalogue_event_year ON catalogue_event (year, discipline_code);

-- A year's catalogue on its way to publication.
CREATE TABLE annual_catalogue (
    id         UUID        NOT NULL PRIMARY KEY,
    year       INT         NOT NULL UNIQUE,
    content    TEXT        NOT NULL,
    version    BIGINT      NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE
);
