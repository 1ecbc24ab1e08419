package org.salus.cdshooks;

import org.springframework.http.HttpStatus;

/**
 * A request a CDS service cannot answer, answered with {@code status} and a FHIR OperationOutcome whose
 * issue says {@code message}. Messages name the field at fault and never repeat what the request held
 * (patient data stays out of answers, logs and audit alike).
 */
class CdsHooksException extends RuntimeException {

    private final HttpStatus status;
    private final String issueType;

    private CdsHooksException(HttpStatus status, String issueType, String message) {
        super(message, null, false, false); // no stack trace: this is an answer, not a failure
        this.status = status;
        this.issueType = issueType;
    }

    /** 400: the request is not what the hook or the service defines. */
    static CdsHooksException invalid(String message) {
        return new CdsHooksException(HttpStatus.BAD_REQUEST, "invalid", message);
    }

    /** 400: the request body is larger than {@code salus.cds-hooks.max-request-size}. */
    static CdsHooksException tooLarge(String message) {
        return new CdsHooksException(HttpStatus.BAD_REQUEST, "too-costly", message);
    }

    /** 412: neither the prefetch nor the FHIR server gave the data the service needs (CDS Hooks §"Prefetch"). */
    static CdsHooksException preconditionFailed(String message) {
        return new CdsHooksException(HttpStatus.PRECONDITION_FAILED, "processing", message);
    }

    /** 404: no service with that id. */
    static CdsHooksException unknownService() {
        return new CdsHooksException(
                HttpStatus.NOT_FOUND, "not-found", "No CDS service with this id; GET /cds-services lists them.");
    }

    HttpStatus status() {
        return status;
    }

    /** The FHIR IssueType code (http://hl7.org/fhir/issue-type). */
    String issueType() {
        return issueType;
    }
}
