package org.salus.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.LenientErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One HAPI FHIR R4 context for the application: building it scans the R4 model (hundreds of
 * milliseconds), so it is made once and shared; its parsers are cheap and made per use.
 */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        FhirContext fhir = FhirContext.forR4();
        // Unknown elements are accepted (EHRs add their own) and not logged: the log must not see
        // anything from a request, and the lenient handler would name what it skipped.
        fhir.setParserErrorHandler(new LenientErrorHandler(false));
        return fhir;
    }
}
