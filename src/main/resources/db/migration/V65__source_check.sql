-- Source watch (org.salus.sources): what the last check of each cited source URL found. One row per
-- URL, however many live revisions cite it; the job fills it, nothing else writes it.
CREATE TABLE source_check (
    url            VARCHAR(1000)  NOT NULL,
    outcome        VARCHAR(12)    NOT NULL,
    http_status    INT,
    final_url      VARCHAR(1000),
    etag           VARCHAR(300),
    last_modified  VARCHAR(100),
    text_hash      VARCHAR(64),
    problem        VARCHAR(300),
    first_seen     TIMESTAMP      NOT NULL,
    last_checked   TIMESTAMP      NOT NULL,
    last_changed   TIMESTAMP,
    outcome_since  TIMESTAMP      NOT NULL,
    CONSTRAINT pk_source_check PRIMARY KEY (url),
    CONSTRAINT ck_source_check_outcome CHECK (outcome IN ('ok', 'moved', 'gone', 'unreachable', 'refused'))
);
