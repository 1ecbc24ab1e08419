package org.salus.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.springframework.stereotype.Component;

/** The FHIR OperationOutcome a refused CDS Hooks request is answered with (CDS Hooks §"Returning OperationOutcome"). */
@Component
class OperationOutcomes {

    private final FhirContext fhir;

    OperationOutcomes(FhirContext fhir) {
        this.fhir = fhir;
    }

    String json(CdsHooksException problem) {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.fromCode(problem.issueType()))
                .setDiagnostics(problem.getMessage());
        return fhir.newJsonParser().encodeResourceToString(outcome);
    }
}
