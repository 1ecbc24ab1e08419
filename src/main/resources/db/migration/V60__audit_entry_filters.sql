-- The audit page filters by who, by action and by date range, newest first, one page at a time.
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entry_action ON audit_entry (action, occurred_at);
