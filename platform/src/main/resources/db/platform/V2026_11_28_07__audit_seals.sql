-- The service's seal key (Ed25519) when no key file is configured, and the head of its chain of seals.
CREATE TABLE audit_seal_key (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    private_key BYTEA NOT NULL,
    public_key  BYTEA NOT NULL
);

CREATE TABLE audit_seal_head (
    topic      TEXT PRIMARY KEY,
    seal_hash  TEXT NOT NULL,
    events     BIGINT NOT NULL,
    sealed_at  TIMESTAMPTZ NOT NULL
);
