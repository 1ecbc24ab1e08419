package org.salus.cdshooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A FHIR search answered in pages (FHIR R4 §3.1.1.5 "Paging": a searchset Bundle with a
 * {@code link} whose {@code relation} is {@code next}): follows the {@code next} links and joins
 * the pages' entries into the first Bundle, so the caller parses one answer. Bounded: at most
 * {@code maxPages} pages and {@code maxResources} entries in all, and only links on the request's
 * own FHIR base (same scheme, host, port and base path), since the bearer token goes with them. A
 * page that fails ends the paging: the pages read so far are the answer. Works on the JSON text,
 * not on HAPI FHIR objects, so the parse of the answer stays where it is (one parse of the result).
 */
final class SearchPages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final int maxPages;
    private final int maxResources;

    SearchPages(URI base, int maxPages, int maxResources) {
        this.base = base;
        this.maxPages = Math.max(1, maxPages);
        this.maxResources = Math.max(1, maxResources);
    }

    /** The first page, with the entries of the pages after it that {@code fetch} returned. */
    String join(String firstPage, Function<URI, Optional<String>> fetch) {
        if (!firstPage.contains("\"next\"")) {
            return firstPage; // the usual answer: one page, not even looked into
        }
        Optional<ObjectNode> first = bundle(firstPage);
        if (first.isEmpty()) {
            return firstPage;
        }
        ObjectNode bundle = first.get();
        ArrayNode entries = bundle.get("entry") instanceof ArrayNode found ? found : JSON.createArrayNode();
        Optional<URI> next = next(bundle);
        for (int pages = 1; next.isPresent() && pages < maxPages && entries.size() < maxResources; pages++) {
            Optional<ObjectNode> page = fetch.apply(next.get()).flatMap(SearchPages::bundle);
            if (page.isEmpty()) {
                break;
            }
            if (page.get().get("entry") instanceof ArrayNode more) {
                more.forEach(entries::add);
            }
            next = next(page.get());
        }
        while (entries.size() > maxResources) {
            entries.remove(entries.size() - 1);
        }
        bundle.set("entry", entries);
        if (bundle.get("link") instanceof ArrayNode links) {
            for (int i = links.size() - 1; i >= 0; i--) {
                if (isNext(links.get(i))) {
                    links.remove(i); // the joined answer is complete as far as it goes
                }
            }
        }
        return bundle.toString();
    }

    private static Optional<ObjectNode> bundle(String json) {
        try {
            return JSON.readTree(json) instanceof ObjectNode object
                            && object.path("resourceType").asString("").equals("Bundle")
                    ? Optional.of(object)
                    : Optional.empty();
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    private Optional<URI> next(JsonNode bundle) {
        for (JsonNode link : bundle.path("link")) {
            if (isNext(link)) {
                return onBase(link.path("url").asString(""));
            }
        }
        return Optional.empty();
    }

    private static boolean isNext(JsonNode link) {
        return link.path("relation").asString("").equals("next");
    }

    /** The link, when it is on the request's FHIR base; a link elsewhere is not followed. */
    Optional<URI> onBase(String link) {
        URI uri;
        try {
            uri = new URI(link.trim());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String basePath = Optional.ofNullable(base.getRawPath()).orElse("").replaceAll("/+$", "");
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        boolean same = uri.isAbsolute()
                && lower(uri.getScheme()).equals(lower(base.getScheme()))
                && uri.getHost() != null
                && lower(uri.getHost()).equals(lower(base.getHost()))
                && port(uri) == port(base)
                && uri.getRawUserInfo() == null
                && (path.equals(basePath) || path.startsWith(basePath + "/"));
        return same ? Optional.of(uri) : Optional.empty();
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : lower(uri.getScheme()).equals("https") ? 443 : 80;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
