-- The nominations of PCM events, from oneplan.catalogue.events: the nominating nation, the nomination's
-- state, attendance and completion. No person: catalogue-service publishes participants' ids only, and
-- this table keeps not even those.
CREATE TABLE pcm_nomination (
    nomination_id   UUID        NOT NULL PRIMARY KEY,
    contribution_id UUID        NOT NULL,
    iteration_id    UUID        NOT NULL,
    nation          VARCHAR(10) NOT NULL,
    status          VARCHAR(30) NOT NULL,
    attendance      VARCHAR(20),
    completed       BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX pcm_nomination_event_nation ON pcm_nomination (contribution_id, nation);
CREATE INDEX pcm_nomination_iteration ON pcm_nomination (iteration_id);
