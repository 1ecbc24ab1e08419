package org.salus.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.salus.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under the API is a problem+json 404, not the site's HTML page. */
@RestController
@Hidden
class UnknownApiPaths {

    @GetMapping({"/api", "/api/", "/api/**"})
    void unknown() {
        throw new NotFoundException("resource");
    }
}
