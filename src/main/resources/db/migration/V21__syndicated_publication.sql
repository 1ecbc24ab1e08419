-- A revision published as syndicated content: the source's own text, published on the
-- publisher's say-so without this site's medical review. Readers are told so on the page ("From
-- <source>; not reviewed by <site>"), and it never counts as a review.
CREATE TABLE syndicated_publication (
    revision_id  BIGINT        NOT NULL,
    attribution  VARCHAR(300)  NOT NULL,
    imported_on  DATE          NOT NULL,
    CONSTRAINT pk_syndicated_publication PRIMARY KEY (revision_id),
    CONSTRAINT fk_syndicated_publication_revision FOREIGN KEY (revision_id) REFERENCES revision (id)
);
