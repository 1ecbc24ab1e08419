-- A term revision in Spanish names the English term it translates (by slug, as related terms are).
ALTER TABLE term_revision ADD COLUMN translation_of VARCHAR(160);
