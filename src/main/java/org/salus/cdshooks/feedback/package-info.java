/**
 * CDS Hooks feedback: {@code POST /cds-services/{id}/feedback} (what the EHR user did with a card),
 * the record of every card the services answered with (from {@link org.salus.cdshooks.CardsIssued}),
 * and "shown in EHRs N times, accepted M, overridden K" on the editor's article page. Tables
 * {@code cds_card_issued} and {@code cds_card_feedback}; no patient data in either. Nothing else uses
 * this package: the editor's page reaches it through the model attribute {@code cdsUsage}.
 */
package org.salus.cdshooks.feedback;
