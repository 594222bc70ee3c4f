-- Records a read model could not apply after bounded retries: kept with the error so that the read model
-- moves on, readiness reports them, and an administrator can retry or discard each one.
CREATE TABLE projection_parked_record (
    id             UUID         NOT NULL PRIMARY KEY,
    projection     VARCHAR(100) NOT NULL,
    topic          VARCHAR(255) NOT NULL,
    partition_no   INTEGER      NOT NULL,
    record_offset  BIGINT       NOT NULL,
    subject        VARCHAR(255),
    event_type     VARCHAR(255),
    error          TEXT         NOT NULL,
    attempts       INTEGER      NOT NULL,
    parked_at      TIMESTAMPTZ  NOT NULL,
    record_value   BYTEA        NOT NULL,
    UNIQUE (projection, topic, partition_no, record_offset)
);

CREATE INDEX projection_parked_record_subject ON projection_parked_record (projection, subject);
