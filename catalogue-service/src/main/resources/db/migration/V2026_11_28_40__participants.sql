-- Each participant's own key (AES-256) and blind index, outside the event store and the topic: erasure
-- destroys both, after which no copy of the sealed details can be read.
CREATE TABLE participant_key (
    participant_id UUID         NOT NULL PRIMARY KEY,
    nation         VARCHAR(10)  NOT NULL,
    aes_key        BYTEA,
    blind_index    VARCHAR(64)  UNIQUE,
    erased_at      TIMESTAMP WITH TIME ZONE
);

-- The participants as read: sealed details only, opened with the person's key when read.
CREATE TABLE participant (
    id         UUID         NOT NULL PRIMARY KEY,
    nation     VARCHAR(10)  NOT NULL,
    erased     BOOLEAN      NOT NULL,
    content    TEXT         NOT NULL,
    version    BIGINT       NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX participant_by_nation ON participant (nation, id);
