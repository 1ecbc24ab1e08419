-- The groups the site's own articles are listed under on the browse pages (/groups), from the
-- "groups:" line of their content file, e.g. "Endocrine System". Like the imported topics'
-- article_group (V23) they are kept beside the article, not in its revisions: they say where the
-- site files the page, not what it tells readers, so changing them needs no medical review. A
-- group is known by its name in the article's language; a name MedlinePlus also uses files the
-- article in the same group as the imported topics.
CREATE TABLE article_site_group (
    article_id  BIGINT        NOT NULL,
    ordinal     INT           NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    CONSTRAINT pk_article_site_group PRIMARY KEY (article_id, ordinal),
    CONSTRAINT fk_article_site_group_article FOREIGN KEY (article_id) REFERENCES article (id)
);
