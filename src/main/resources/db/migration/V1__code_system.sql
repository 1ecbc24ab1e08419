-- Code systems that article codes belong to (after openmrs' ConceptSource): the id is what
-- editors and content files write, the OID is what HL7 Infobutton requests carry.
CREATE TABLE code_system (
    id    VARCHAR(20)  NOT NULL,
    name  VARCHAR(120) NOT NULL,
    oid   VARCHAR(64)  NOT NULL,
    uri   VARCHAR(200) NOT NULL,
    CONSTRAINT pk_code_system PRIMARY KEY (id),
    CONSTRAINT uq_code_system_oid UNIQUE (oid)
);

INSERT INTO code_system (id, name, oid, uri) VALUES
    ('ICD-10-CM', 'ICD-10-CM',           '2.16.840.1.113883.6.90',  'http://hl7.org/fhir/sid/icd-10-cm'),
    ('ICD-9-CM',  'ICD-9-CM diagnoses',  '2.16.840.1.113883.6.103', 'http://hl7.org/fhir/sid/icd-9-cm'),
    ('SNOMED-CT', 'SNOMED CT',           '2.16.840.1.113883.6.96',  'http://snomed.info/sct'),
    ('MESH',      'MeSH',                '2.16.840.1.113883.6.177', 'urn:oid:2.16.840.1.113883.6.177'),
    ('LOINC',     'LOINC',               '2.16.840.1.113883.6.1',   'http://loinc.org'),
    ('RXNORM',    'RxNorm',              '2.16.840.1.113883.6.88',  'http://www.nlm.nih.gov/research/umls/rxnorm'),
    ('UMLS',      'UMLS CUI',            '2.16.840.1.113883.6.86',  'http://www.nlm.nih.gov/research/umls');
