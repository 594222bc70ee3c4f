-- Read models of the partner context, fed from oneplan.partner.events; rebuildable from offset 0.
CREATE TABLE partner_directory (
    id                     UUID         NOT NULL PRIMARY KEY,
    code                   VARCHAR(10)  NOT NULL UNIQUE,
    name                   VARCHAR(200) NOT NULL,
    kind                   VARCHAR(40)  NOT NULL,
    -- ",EAPC_PFP,MEDITERRANEAN_DIALOGUE," so that a filter is one LIKE on an indexed-free small table.
    frameworks             VARCHAR(200) NOT NULL,
    programmes             VARCHAR(200) NOT NULL,
    membership_action_plan BOOLEAN      NOT NULL,
    status                 VARCHAR(20)  NOT NULL,
    suspended_on           DATE,
    suspension_reason      VARCHAR(1000),
    registered_on          DATE,
    participation          TEXT         NOT NULL,
    version                BIGINT       NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE
);

CREATE TABLE ally_roster (
    id             UUID         NOT NULL PRIMARY KEY,
    code           VARCHAR(3)   NOT NULL UNIQUE,
    name           VARCHAR(200) NOT NULL,
    accession_date DATE         NOT NULL
);
