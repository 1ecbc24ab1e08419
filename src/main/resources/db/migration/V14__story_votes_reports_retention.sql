-- "Was this helpful?" votes and "report as unsuitable" reports, one per client and story. The
-- client is a salted hash of its address, never the address itself; the salt lives in the
-- database so every app node hashes alike.
CREATE TABLE story_vote (
    story_id     BIGINT      NOT NULL,
    client_hash  VARCHAR(64) NOT NULL,
    voted_at     TIMESTAMP   NOT NULL,
    CONSTRAINT pk_story_vote PRIMARY KEY (story_id, client_hash),
    CONSTRAINT fk_story_vote_story FOREIGN KEY (story_id) REFERENCES story (id)
);

CREATE TABLE story_report (
    story_id     BIGINT        NOT NULL,
    client_hash  VARCHAR(64)   NOT NULL,
    reason       VARCHAR(500),
    reported_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_story_report PRIMARY KEY (story_id, client_hash),
    CONSTRAINT fk_story_report_story FOREIGN KEY (story_id) REFERENCES story (id)
);

ALTER TABLE story ADD COLUMN report_count INT DEFAULT 0 NOT NULL;
-- When the personal data of an old story was erased (its unmasked text, age, sex, client hash).
ALTER TABLE story ADD COLUMN erased_at TIMESTAMP;

CREATE TABLE site_secret (
    secret_name   VARCHAR(40)  NOT NULL,
    secret_value  VARCHAR(200) NOT NULL,
    CONSTRAINT pk_site_secret PRIMARY KEY (secret_name)
);
