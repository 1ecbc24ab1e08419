-- Rate-limit token buckets (API, story submissions, sign-in) that every app node shares on
-- PostgreSQL: Bucket4j's JDBC layout, one row per limited key, the bucket's state serialized
-- by Bucket4j, and when the row may be deleted (epoch milliseconds, once the bucket is full
-- again). H2, a single node, counts in memory and leaves this table empty.
CREATE TABLE rate_limit_bucket (
    id          VARCHAR(255) NOT NULL,
    state       BYTEA,
    expires_at  BIGINT,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (id)
);
CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
