-- The head of the audit hash chain over the published stream, committed with the relay's token.
CREATE TABLE relay_chain_head (
    topic     VARCHAR(255) NOT NULL PRIMARY KEY,
    head_hash VARCHAR(64)  NOT NULL,
    published BIGINT       NOT NULL
);

-- Per read model and subject (aggregate), the last event sequence applied: makes projections idempotent.
CREATE TABLE projection_checkpoint (
    projection    VARCHAR(100) NOT NULL,
    subject       VARCHAR(255) NOT NULL,
    last_sequence BIGINT       NOT NULL,
    PRIMARY KEY (projection, subject)
);
