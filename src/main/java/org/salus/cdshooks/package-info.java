/**
 * CDS Hooks 2.0 services for EHRs: discovery at {@code /cds-services} and the {@code patient-view},
 * {@code order-select} and {@code infobutton} services under it, answering with cards that link to
 * published articles. Matching is the Infobutton's ({@link org.salus.infobutton.KnowledgeMatcher});
 * articles are read through {@code article}'s public classes; FHIR resources are parsed with HAPI FHIR
 * R4. It publishes {@link org.salus.cdshooks.CardsIssued} after each answer with cards. It owns no table
 * and keeps nothing of a request. No package depends on it. Sub-packages: {@code auth} (which EHRs
 * may call, JWT checks) and {@code feedback} (the feedback endpoint and the counts editors see).
 */
package org.salus.cdshooks;
