-- The groups an imported article is listed under at its source, e.g. MedlinePlus's "Digestive
-- System" and "Symptoms" (browse categories by body system, condition kind or audience). Kept
-- beside the article rather than in its revisions: they say where the source files the topic,
-- not what the page tells readers, so changing them needs no medical review. The importer
-- replaces an article's groups at each import; a later "browse by body system" page reads them.
CREATE TABLE article_group (
    article_id  BIGINT        NOT NULL,
    ordinal     INT           NOT NULL,
    source      VARCHAR(40)   NOT NULL,
    group_id    VARCHAR(40)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    url         VARCHAR(1000),
    CONSTRAINT pk_article_group PRIMARY KEY (article_id, ordinal),
    CONSTRAINT fk_article_group_article FOREIGN KEY (article_id) REFERENCES article (id)
);
CREATE INDEX ix_article_group_group ON article_group (source, group_id);
