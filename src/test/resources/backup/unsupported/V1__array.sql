-- A column type backups do not carry (arrays): an export must refuse it by name, not lose it.
CREATE TABLE tagged (
    id    INT NOT NULL,
    tags  INT ARRAY,
    CONSTRAINT pk_tagged PRIMARY KEY (id)
);
