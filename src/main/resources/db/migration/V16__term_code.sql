-- Medical codes a dictionary term stands for (from an ontology's cross-references), in the same
-- code systems as article codes.
CREATE TABLE term_code (
    term_id      BIGINT       NOT NULL,
    code_system  VARCHAR(20)  NOT NULL,
    code         VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_term_code PRIMARY KEY (term_id, code_system, code),
    CONSTRAINT fk_term_code_term FOREIGN KEY (term_id) REFERENCES term (id),
    CONSTRAINT fk_term_code_system FOREIGN KEY (code_system) REFERENCES code_system (id)
);
CREATE INDEX ix_term_code_lookup ON term_code (code_system, code);
