package org.salus.infobutton;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.web.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HL7 Infobutton knowledge request, as MedlinePlus Connect answers it, so that an EHR wired
 * to MedlinePlus Connect can point at this site by changing only the base URL. GET with the
 * parameters in the query; POST with them form-encoded (URL-IG rules #5-#7: knowledge resources
 * SHALL accept both). No match is a 200 with an empty feed (SOA-IG §4.2.2), never a 404; a
 * malformed request is a 400 with a plain-text message naming the parameter.
 */
@RestController
class InfobuttonController {

    private static final String PATH = "/infobutton";

    private final KnowledgeFinder finder;
    private final KnowledgeFeedAssembler assembler;
    private final SiteProperties site;

    InfobuttonController(KnowledgeFinder finder, KnowledgeFeedAssembler assembler, SiteProperties site) {
        this.finder = finder;
        this.assembler = assembler;
        this.site = site;
    }

    @RequestMapping(
            path = PATH,
            method = {RequestMethod.GET, RequestMethod.POST})
    ResponseEntity<byte[]> knowledgeRequest(HttpServletRequest http) {
        KnowledgeRequest request = KnowledgeRequestParser.parse(http.getParameterMap());
        List<KnowledgeMatch> matches = finder.find(request);
        KnowledgeFeed feed = assembler.assemble(request, matches, site.baseUrl(http), selfUrl(http), site.name());
        byte[] body = switch (request.responseType()) {
            case ATOM -> AtomFeedWriter.write(feed);
            case JSON -> JsonFeedWriter.write(feed);
            case JSONP -> JsonFeedWriter.writeJsonp(feed, request.callback());
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, request.responseType().contentType())
                .headers(InfobuttonController::noStore)
                .body(body);
    }

    @ExceptionHandler(InvalidKnowledgeRequestException.class)
    ResponseEntity<String> invalid(InvalidKnowledgeRequestException e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .headers(InfobuttonController::noStore)
                .body("Bad Infobutton request: " + e.getMessage() + "\n");
    }

    /**
     * Requests can carry a patient's age, sex and language, so answers are not kept by caches
     * (IHE RCK 3.Y.4.2.3 item 8 asks for no-cache; no-store says it to every cache). The content
     * is public, so any origin may read it.
     */
    private static void noStore(HttpHeaders headers) {
        headers.setCacheControl("no-cache, no-store");
        headers.setPragma("no-cache");
        headers.setAccessControlAllowOrigin("*");
    }

    /**
     * The address that answers this feed again: a GET as it was sent; a form POST as the GET
     * with the same parameters, which is answered alike (the feed's rel="self" link).
     */
    private String selfUrl(HttpServletRequest request) {
        String query = !HttpMethod.POST.matches(request.getMethod())
                ? request.getQueryString()
                : request.getParameterMap().entrySet().stream()
                        .flatMap(p -> Arrays.stream(p.getValue()).map(value -> form(p.getKey()) + "=" + form(value)))
                        .collect(Collectors.joining("&"));
        return site.baseUrl(request) + PATH + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    private static String form(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
