-- A reviewer's comment may be about one section of the revision: the anchor of that section
-- (revision_section.anchor); null for a comment on the whole article.
ALTER TABLE medical_review ADD COLUMN section_anchor VARCHAR(60);
