-- CDS Hooks client authentication (org.salus.cdshooks.auth): the jti of every signed JWT a trusted
-- client (EHR) has used, so that a token is accepted once, on whichever app node it arrives. Only the
-- random nonce, the configured issuer it came from and when the row may go (the token's exp plus the
-- clock skew); nothing about the patient or the call. Rows past expires_at are deleted every ten minutes.
CREATE TABLE cds_client_jti (
    issuer      VARCHAR(500) NOT NULL,
    jti         VARCHAR(255) NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    CONSTRAINT pk_cds_client_jti PRIMARY KEY (issuer, jti)
);

CREATE INDEX ix_cds_client_jti_expires_at ON cds_client_jti (expires_at);
