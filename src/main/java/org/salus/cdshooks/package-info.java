/**
 * CDS Hooks services for EHRs (discovery, patient-view, order-select, the infobutton hook) under
 * {@code /cds-services/**}. Placeholder on the cds-feedback branch: cds-core's package-info is the
 * one kept at the merge. Subpackage {@code feedback}: the feedback endpoint and the counts editors see.
 */
package org.salus.cdshooks;
