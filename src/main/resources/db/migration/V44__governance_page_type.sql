-- Governance pages (About, editorial policy, privacy notice...) are articles of their own
-- content type, 'page', so they share revisions, review, audit and translations (docs/governance.md).
ALTER TABLE article DROP CONSTRAINT ck_article_content_type;
ALTER TABLE article ADD CONSTRAINT ck_article_content_type CHECK (content_type IN
    ('condition', 'symptom', 'test', 'treatment', 'living-with', 'faq', 'quiz', 'page'));
