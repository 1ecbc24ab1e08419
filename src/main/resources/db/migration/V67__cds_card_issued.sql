-- CDS Hooks feedback (org.salus.cdshooks.feedback): every card a CDS Hooks service answered an EHR
-- with, so feedback on a card can be tied to its article and the cards shown counted per article.
-- No patient data: the card's random uuid, the service that answered, the article and the time.
CREATE TABLE cds_card_issued (
    card_uuid   VARCHAR(36)  NOT NULL,
    service_id  VARCHAR(100) NOT NULL,
    article_id  BIGINT       NOT NULL,
    issued_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_cds_card_issued PRIMARY KEY (card_uuid),
    CONSTRAINT fk_cds_card_issued_article FOREIGN KEY (article_id) REFERENCES article (id)
);

CREATE INDEX ix_cds_card_issued_article ON cds_card_issued (article_id, issued_at);
CREATE INDEX ix_cds_card_issued_time ON cds_card_issued (issued_at);
