-- Security events (sign-in, failed sign-in bursts, password and role changes, accounts, API keys)
-- are about an account or a key, not an article: the subject names it (a username, or a key "#id").
ALTER TABLE audit_entry ADD COLUMN subject VARCHAR(160);
CREATE INDEX ix_audit_entry_subject ON audit_entry (subject, occurred_at);
