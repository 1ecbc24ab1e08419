-- Translation freshness (issue 17): the revision of the original that a translation's revision
-- was translated from. Empty for articles that translate nothing. A translation is behind when
-- its original has published a newer clinical revision than this one.
ALTER TABLE revision ADD COLUMN source_revision_id BIGINT;
ALTER TABLE revision ADD CONSTRAINT fk_revision_translated_from
    FOREIGN KEY (source_revision_id) REFERENCES revision (id);

-- Translations live today were made from their original's live revision: nothing is behind yet.
UPDATE revision SET source_revision_id = (
        SELECT o.published_revision_id FROM article t JOIN article o ON o.id = t.translation_of
        WHERE t.id = revision.article_id)
WHERE id IN (SELECT published_revision_id FROM article WHERE translation_of IS NOT NULL);
