-- Imports uploaded at /admin/imports: one row per job, so every app node lists them and shows
-- their progress, not only the node that runs them. The running node writes the row as the
-- import goes (output is its last lines only) and touches updated_at while it waits or runs; a
-- job left queued or running with an old updated_at belonged to a node that stopped.
CREATE TABLE import_job (
    id           VARCHAR(36)     NOT NULL,
    format       VARCHAR(40)     NOT NULL,
    file_name    VARCHAR(200)    NOT NULL,
    mode         VARCHAR(20)     NOT NULL,
    started_by   VARCHAR(255)    NOT NULL,
    node_id      VARCHAR(255)    NOT NULL,
    state        VARCHAR(20)     NOT NULL,
    queued_at    TIMESTAMP       NOT NULL,
    started_at   TIMESTAMP,
    finished_at  TIMESTAMP,
    updated_at   TIMESTAMP       NOT NULL,
    created      INTEGER,
    updated      INTEGER,
    unchanged    INTEGER,
    skipped      INTEGER,
    notes        VARCHAR(300000),
    failure      VARCHAR(2000),
    output       VARCHAR(300000) NOT NULL,
    CONSTRAINT pk_import_job PRIMARY KEY (id)
);
CREATE INDEX ix_import_job_queued_at ON import_job (queued_at);
