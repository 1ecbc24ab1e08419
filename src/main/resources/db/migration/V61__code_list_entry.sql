-- The codes of an imported code list (ICD-10-CM from `import icd10cm`), each in a code system
-- (after openmrs-core's concept reference terms: a term belongs to a ConceptSource). The editor
-- checks article codes against it. A code a later import no longer lists is retired, not
-- deleted: articles that used it keep a code whose title can still be shown.
CREATE TABLE code_list_entry (
    code_system  VARCHAR(20)  NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    code_key     VARCHAR(40)  NOT NULL,
    title        VARCHAR(400) NOT NULL,
    billable     BOOLEAN      NOT NULL,
    retired      BOOLEAN      NOT NULL,
    imported_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_code_list_entry PRIMARY KEY (code_system, code),
    CONSTRAINT fk_code_list_entry_system FOREIGN KEY (code_system) REFERENCES code_system (id)
);
-- code_key is the code in capitals without dots (E119): how a code typed loosely is found again.
CREATE INDEX ix_code_list_entry_key ON code_list_entry (code_system, code_key);
