-- A moderator's redaction: the text readers see when a moderator edited the story before (or
-- after) publishing it. The original stays in body, shown to moderators only, until the retention
-- job erases it (body and masked_body then become this text).
ALTER TABLE story ADD COLUMN redacted_body TEXT;
