-- A term in another language points at the English term it translates (insulina -> insulin).
-- One column, not a pair table: each term has at most one translation in each language, and
-- English terms are the originals, so the link is held by the translation alone.
ALTER TABLE term ADD COLUMN translation_of BIGINT;
ALTER TABLE term ADD CONSTRAINT fk_term_translation_of FOREIGN KEY (translation_of) REFERENCES term (id);
-- An English term has at most one translation per language (this also indexes the column).
ALTER TABLE term ADD CONSTRAINT uq_term_translation UNIQUE (translation_of, language);
-- English terms translate nothing; no term translates itself.
ALTER TABLE term ADD CONSTRAINT ck_term_translation CHECK (
    translation_of IS NULL OR (language <> 'en' AND translation_of <> id));
