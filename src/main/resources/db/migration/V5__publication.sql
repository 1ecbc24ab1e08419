-- Which revision readers see. Pointing the article at a revision is the act of publishing;
-- the revision itself never changes.
ALTER TABLE article ADD COLUMN published_revision_id BIGINT;
ALTER TABLE article ADD COLUMN published_at TIMESTAMP;
ALTER TABLE article ADD CONSTRAINT fk_article_published_revision
    FOREIGN KEY (published_revision_id) REFERENCES revision (id);
