-- A draft restored from an older revision names that revision, so the four-eyes rule can count
-- the writers of the restored text among the authors of the new draft (review/TextAuthors).
ALTER TABLE revision_workflow ADD COLUMN restored_from BIGINT;
ALTER TABLE revision_workflow ADD CONSTRAINT fk_revision_workflow_restored_from
    FOREIGN KEY (restored_from) REFERENCES revision (id);
