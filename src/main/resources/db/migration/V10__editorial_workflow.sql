-- Where each revision stands in the editorial workflow. The revision itself never changes;
-- its state moves draft -> submitted -> approved | changes-requested -> published, and the
-- audit log (V11) keeps every step.
CREATE TABLE revision_workflow (
    revision_id    BIGINT       NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    author_id      BIGINT,
    publish_at     TIMESTAMP,
    updated_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_revision_workflow PRIMARY KEY (revision_id),
    CONSTRAINT fk_revision_workflow_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT fk_revision_workflow_author FOREIGN KEY (author_id) REFERENCES user_account (id),
    CONSTRAINT ck_revision_workflow_state CHECK (state IN
        ('draft', 'submitted', 'changes-requested', 'approved', 'scheduled', 'published', 'superseded'))
);
CREATE INDEX ix_revision_workflow_state ON revision_workflow (state);

-- Retiring takes an article off the site (410 Gone) and keeps everything.
ALTER TABLE article ADD COLUMN retired_at TIMESTAMP;
ALTER TABLE article ADD COLUMN retired_reason VARCHAR(1000);
