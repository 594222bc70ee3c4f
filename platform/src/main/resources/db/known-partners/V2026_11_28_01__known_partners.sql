-- The partner view a service keeps from oneplan.partner.events (platform part org.oneplan.platform.partners).
-- itpp-service created the first two columns of these tables in its own migration before the view became a
-- platform part; hence IF NOT EXISTS.
CREATE TABLE IF NOT EXISTS known_partner (
    id        UUID        NOT NULL PRIMARY KEY,
    code      VARCHAR(10) NOT NULL,
    suspended BOOLEAN     NOT NULL
);
ALTER TABLE known_partner ADD COLUMN IF NOT EXISTS frameworks TEXT NOT NULL DEFAULT '';
ALTER TABLE known_partner ADD COLUMN IF NOT EXISTS programmes TEXT NOT NULL DEFAULT '';
ALTER TABLE known_partner ADD COLUMN IF NOT EXISTS membership_action_plan BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE IF NOT EXISTS ally_roster (
    code           VARCHAR(3)   NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    accession_date DATE         NOT NULL
);

-- The view is now fed by the projection 'partners-and-allies' (a new consumer group that replays the topic
-- from offset 0); what the old 'known-partners' projection wrote lacks frameworks and programmes.
DELETE FROM known_partner;
DELETE FROM ally_roster;
DELETE FROM projection_checkpoint WHERE projection = 'known-partners';
