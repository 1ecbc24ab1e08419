package org.salus.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.salus.infobutton.KnowledgeMatcher;
import org.salus.web.SiteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CDS Hooks 2.0 services: discovery ({@code GET /cds-services}) and the services it lists
 * ({@code POST /cds-services/{id}}), answering {@code {"cards": [...]}} with at most
 * {@code salus.cds-hooks.max-cards} cards, one per article. A request that is not what its hook
 * defines is a 400, data the service cannot get a 412, each with a FHIR OperationOutcome; nothing
 * of a request is logged or kept. Answers are not cached: they are about one patient.
 */
@RestController
class CdsHooksController {

    private final Map<String, CdsService> services;
    private final CardWriter cards;
    private final CdsHooksProperties settings;
    private final OperationOutcomes outcomes;
    private final JsonMapper json;
    private final SiteProperties site;
    private final CdsClientProperties clients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CdsHooksController(
            List<CdsService> services,
            CardWriter cards,
            CdsHooksProperties settings,
            OperationOutcomes outcomes,
            JsonMapper json,
            SiteProperties site,
            CdsClientProperties clients,
            ApplicationEventPublisher events,
            Clock clock) {
        this.services = services.stream()
                .collect(Collectors.toMap(CdsService::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        this.cards = cards;
        this.settings = settings;
        this.outcomes = outcomes;
        this.json = json;
        this.site = site;
        this.clients = clients;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/cds-services")
    ResponseEntity<Map<String, Object>> discovery() {
        boolean open = clients.open();
        List<Map<String, Object>> listed = new ArrayList<>();
        for (String id : CdsServiceIds.ALL) {
            CdsService service = byId(id);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("hook", service.hook());
            entry.put("id", service.id());
            entry.put("title", service.title());
            entry.put(
                    "description",
                    service.description()
                            + (open
                                    ? " Open sandbox mode: this server accepts calls without client authentication."
                                    : ""));
            if (!service.prefetch().isEmpty()) {
                entry.put("prefetch", service.prefetch());
            }
            listed.add(entry);
        }
        return ResponseEntity.ok().headers(CdsHooksController::noStore).body(Map.of("services", listed));
    }

    @PostMapping("/cds-services/{id}")
    ResponseEntity<Map<String, List<Card>>> call(@PathVariable String id, HttpServletRequest http) throws IOException {
        CdsService service = services.get(id);
        if (service == null) {
            throw CdsHooksException.unknownService();
        }
        CdsRequest request = CdsRequest.of(body(http), service.hook());
        String baseUrl = site.baseUrl(http);
        List<CardWriter.Issued> issued = new ArrayList<>();
        Set<Long> articles = new HashSet<>();
        for (KnowledgeMatcher.Match match : service.matches(request)) {
            if (issued.size() == settings.maxCards()) {
                break;
            }
            cards.card(match, baseUrl)
                    .filter(card -> articles.add(card.articleId())) // one card per article
                    .ifPresent(issued::add);
        }
        if (!issued.isEmpty()) {
            events.publishEvent(new CardsIssued(
                    service.id(),
                    clock.instant(),
                    issued.stream()
                            .map(i -> new CardsIssued.Card(
                                    UUID.fromString(i.card().uuid()), i.articleId()))
                            .toList()));
        }
        return ResponseEntity.ok()
                .headers(CdsHooksController::noStore)
                .body(Map.of(
                        "cards", issued.stream().map(CardWriter.Issued::card).toList()));
    }

    @ExceptionHandler(CdsHooksException.class)
    ResponseEntity<String> refused(CdsHooksException problem) {
        return ResponseEntity.status(problem.status())
                .contentType(new MediaType("application", "json", StandardCharsets.UTF_8))
                .headers(CdsHooksController::noStore)
                .body(outcomes.json(problem));
    }

    private CdsService byId(String id) {
        return services.get(id);
    }

    /** The body as JSON, read up to the limit (the site's body guard has already buffered it). */
    private JsonNode body(HttpServletRequest http) throws IOException {
        long max = settings.maxRequestSize().toBytes();
        if (http.getContentLengthLong() > max) {
            throw tooLarge(max);
        }
        byte[] bytes;
        try (InputStream in = http.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        }
        if (bytes.length > max) {
            throw tooLarge(max);
        }
        try {
            return json.readTree(bytes);
        } catch (JacksonException e) {
            throw CdsHooksException.invalid("The request body is not valid JSON.");
        }
    }

    private static CdsHooksException tooLarge(long max) {
        return CdsHooksException.tooLarge("The request body is larger than " + max / 1024 + " KB"
                + " (salus.cds-hooks.max-request-size); prefetch less, or let the service read the FHIR server.");
    }

    /** Answers concern one patient: no cache keeps them. */
    private static void noStore(HttpHeaders headers) {
        headers.setCacheControl("no-store");
    }
}
