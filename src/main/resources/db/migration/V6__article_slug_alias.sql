-- Former slugs of renamed articles, so old links and bookmarks get a 301 to the new address.
CREATE TABLE article_slug_alias (
    slug        VARCHAR(120) NOT NULL,
    article_id  BIGINT       NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_article_slug_alias PRIMARY KEY (slug),
    CONSTRAINT fk_article_slug_alias_article FOREIGN KEY (article_id) REFERENCES article (id)
);
