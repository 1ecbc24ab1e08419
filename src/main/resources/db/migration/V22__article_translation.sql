-- Articles that are the same topic in another language, e.g. MedlinePlus's "Abdominal Pain" and
-- "Dolor abdominal": each page links to the other ("En español" / "In English", with hreflang).
-- A link is stored in both directions, so a page finds its translations with one lookup by its
-- own id, and neither article is the "original": MedlinePlus writes both. (V2's one-way
-- article.translation_of column stays unused.)
CREATE TABLE article_translation (
    article_id      BIGINT NOT NULL,
    translation_id  BIGINT NOT NULL,
    CONSTRAINT pk_article_translation PRIMARY KEY (article_id, translation_id),
    CONSTRAINT fk_article_translation_article FOREIGN KEY (article_id) REFERENCES article (id),
    CONSTRAINT fk_article_translation_translation FOREIGN KEY (translation_id) REFERENCES article (id),
    CONSTRAINT ck_article_translation_other CHECK (article_id <> translation_id)
);
