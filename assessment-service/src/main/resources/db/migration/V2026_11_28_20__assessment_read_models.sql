-- Assessments as read, fed from oneplan.assessment.events.
CREATE TABLE assessment (
    id                UUID        NOT NULL PRIMARY KEY,
    kind              VARCHAR(20) NOT NULL,
    itpp_id           UUID        NOT NULL,
    partner_id        UUID        NOT NULL,
    partner_code      VARCHAR(10) NOT NULL,
    status            VARCHAR(20) NOT NULL,
    partner_consulted BOOLEAN     NOT NULL,
    content           TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX assessment_partner ON assessment (partner_code, kind);
CREATE INDEX assessment_itpp ON assessment (itpp_id);

-- The ITPPs as assessment-service knows them from oneplan.itpp.events (partner, cycle, goals with their
-- milestones' progress, activities with their status): what an assessment is pre-filled with.
CREATE TABLE itpp_view (
    itpp_id UUID NOT NULL PRIMARY KEY,
    content TEXT NOT NULL
);
