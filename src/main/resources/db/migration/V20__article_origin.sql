-- Where an imported article came from: the importer's source (medquad, medlineplus, ...) and the
-- record's id there, so a re-import updates the same article and never makes a second one.
CREATE TABLE article_origin (
    article_id   BIGINT        NOT NULL,
    source       VARCHAR(40)   NOT NULL,
    source_id    VARCHAR(300)  NOT NULL,
    attribution  VARCHAR(300)  NOT NULL,
    imported_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_article_origin PRIMARY KEY (article_id),
    CONSTRAINT uq_article_origin_source UNIQUE (source, source_id),
    CONSTRAINT fk_article_origin_article FOREIGN KEY (article_id) REFERENCES article (id)
);
