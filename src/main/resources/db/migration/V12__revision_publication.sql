-- When each revision went live. Feeds the public "What changed" list (clinical changes with
-- their dates) and keeps the publication history even after newer revisions replace a page.
CREATE TABLE revision_publication (
    revision_id   BIGINT    NOT NULL,
    published_at  TIMESTAMP NOT NULL,
    CONSTRAINT pk_revision_publication PRIMARY KEY (revision_id, published_at),
    CONSTRAINT fk_revision_publication_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);

-- Revisions published before this table existed went live when their article says.
INSERT INTO revision_publication (revision_id, published_at)
SELECT published_revision_id, published_at FROM article
WHERE published_revision_id IS NOT NULL AND published_at IS NOT NULL;
