-- ShedLock's lock table: a scheduled job runs on the one app node that holds its row, so
-- scheduled publishing and story retention run once per cluster. Times are the database's
-- (ShedLock's usingDbTime), so the nodes' clocks do not matter.
CREATE TABLE shedlock (
    name        VARCHAR(64)  NOT NULL,
    lock_until  TIMESTAMP    NOT NULL,
    locked_at   TIMESTAMP    NOT NULL,
    locked_by   VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
