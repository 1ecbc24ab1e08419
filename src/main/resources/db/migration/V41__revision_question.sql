-- Quiz questions (issue 16). A quiz is an article of content type 'quiz'; its questions belong to
-- a revision like its sections, so they are reviewed, published, diffed and restored with it.
-- Rows are only ever inserted, with the revision.
CREATE TABLE revision_question (
    revision_id           BIGINT        NOT NULL,
    ordinal               INT           NOT NULL,
    kind                  VARCHAR(16)   NOT NULL,
    prompt                VARCHAR(300)  NOT NULL,
    explanation_markdown  TEXT          NOT NULL,
    explanation_html      TEXT          NOT NULL,
    support_slug          VARCHAR(120)  NOT NULL,
    support_anchor        VARCHAR(60)   NOT NULL,
    support_text          VARCHAR(300)  NOT NULL,
    CONSTRAINT pk_revision_question PRIMARY KEY (revision_id, ordinal),
    CONSTRAINT fk_revision_question_revision FOREIGN KEY (revision_id) REFERENCES revision (id),
    CONSTRAINT ck_revision_question_kind CHECK (kind IN ('single', 'multiple', 'true-false'))
);

CREATE TABLE revision_question_option (
    revision_id       BIGINT        NOT NULL,
    question_ordinal  INT           NOT NULL,
    ordinal           INT           NOT NULL,
    text              VARCHAR(500)  NOT NULL,
    correct           BOOLEAN       NOT NULL,
    CONSTRAINT pk_revision_question_option PRIMARY KEY (revision_id, question_ordinal, ordinal),
    CONSTRAINT fk_revision_question_option_question FOREIGN KEY (revision_id, question_ordinal)
        REFERENCES revision_question (revision_id, ordinal)
);
