-- The audit log records dictionary-term steps too (saved, submitted, approved, published,
-- retired). By slug, not id: a new term's drafts are reviewed before the term row exists, and a
-- term keeps its slug for life.
ALTER TABLE audit_entry ADD COLUMN term_slug VARCHAR(160);
CREATE INDEX ix_audit_entry_term ON audit_entry (term_slug, occurred_at);
