-- A publication names in the change log every page that shows the published article: the
-- articles whose published revision lists it as related. This finds them without a scan.
CREATE INDEX ix_revision_related_article ON revision_related (related_article_id);
CREATE INDEX ix_article_translation_translation ON article_translation (translation_id);
