-- PARP assessments as read, fed from oneplan.assessment.events.
CREATE TABLE parp_assessment (
    id                UUID        NOT NULL PRIMARY KEY,
    parp_cycle_id     UUID        NOT NULL,
    itpp_id           UUID,
    partner_code      VARCHAR(10) NOT NULL,
    cycle_start_year  INTEGER     NOT NULL,
    review_year       INTEGER     NOT NULL,
    revision          INTEGER     NOT NULL,
    status            VARCHAR(20) NOT NULL,
    partner_consulted BOOLEAN     NOT NULL,
    content           TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX parp_assessment_partner ON parp_assessment (partner_code, review_year);
CREATE INDEX parp_assessment_itpp ON parp_assessment (itpp_id, status);

-- The PARP cycles as assessment-service knows them from oneplan.parp.events (partner, years, ITPP, approved
-- goals with their last recorded implementation status): what a PARP assessment is pre-filled with.
CREATE TABLE parp_cycle_view (
    parp_cycle_id UUID NOT NULL PRIMARY KEY,
    itpp_id       UUID,
    content       TEXT NOT NULL
);
-- An ITPP's traceability reads the PARP goals serving its goals from the cycles of that ITPP.
CREATE INDEX parp_cycle_view_itpp ON parp_cycle_view (itpp_id);

-- ANP annual assessments as read, fed from oneplan.assessment.events.
CREATE TABLE anp_assessment (
    id                UUID        NOT NULL PRIMARY KEY,
    anp_id            UUID        NOT NULL,
    partner_code      VARCHAR(10) NOT NULL,
    anp_year          INTEGER     NOT NULL,
    status            VARCHAR(20) NOT NULL,
    partner_consulted BOOLEAN     NOT NULL,
    content           TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX anp_assessment_partner ON anp_assessment (partner_code, anp_year);

-- The ANPs as assessment-service knows them from oneplan.parp.events (partner, year, submitted?).
CREATE TABLE anp_view (
    anp_id  UUID NOT NULL PRIMARY KEY,
    content TEXT NOT NULL
);
