-- Reader reports: the reporter's network (an HMAC of its /24 or /48 prefix, never the address),
-- so reports from one network count once; and when reports asked for a review of a story that
-- stays published (the reporters looked like one actor).
ALTER TABLE story_report ADD COLUMN network_hash VARCHAR(64);
ALTER TABLE story ADD COLUMN review_requested_at TIMESTAMP;
