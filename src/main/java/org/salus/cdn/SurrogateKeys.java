package org.salus.cdn;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * How a reader controller names the CDN keys ({@link CdnKeys}) its response depends on. The keys
 * are kept on the request; {@link CdnHeaders} writes them as {@code Surrogate-Key} (space-separated,
 * Fastly and others) and {@code Cache-Tag} (comma-separated, Cloudflare and Akamai) when the
 * response starts, and only on a success or a 304: an error page, or a controller that tagged and
 * then failed, carries no keys.
 */
public final class SurrogateKeys {

    public static final String SURROGATE_KEY = "Surrogate-Key";
    public static final String CACHE_TAG = "Cache-Tag";

    /**
     * Longest header written. Both headers, with the page's other headers, must fit in the server's
     * response header buffer (Tomcat: 8 KB by default; more and the reader gets a 500 instead of the
     * page, as {@code /dictionary/stroke} did with MedQuAD loaded), and CDNs take about 16 KB of
     * keys. A longer list (a dictionary word used by hundreds of articles) gives up its article keys
     * for the A–Z keys, which every publication purges too.
     */
    static final int MAX_LENGTH = 2_000;

    private static final String ATTRIBUTE = SurrogateKeys.class.getName();

    private SurrogateKeys() {}

    /**
     * Adds keys to the response of the request being handled; {@link CdnKeys#ALL} is always among
     * them. Call it before the body is written; the headers go out only on a success or a 304.
     */
    @SuppressWarnings("unchecked")
    public static void tag(Collection<String> keys) {
        RequestAttributes request = RequestContextHolder.currentRequestAttributes();
        Set<String> tagged = (Set<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (tagged == null) {
            tagged = new LinkedHashSet<>();
            request.setAttribute(ATTRIBUTE, tagged, RequestAttributes.SCOPE_REQUEST);
        }
        tagged.addAll(keys);
    }

    /** The keys tagged so far, or null when this is not a keyed reader response. */
    @SuppressWarnings("unchecked")
    static Set<String> of(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(ATTRIBUTE);
    }

    /** The keys as written: the tagged ones, then {@link CdnKeys#ALL}, within {@link #MAX_LENGTH}. */
    static Set<String> written(Set<String> tagged) {
        Set<String> keys = new LinkedHashSet<>(tagged);
        keys.add(CdnKeys.ALL);
        if (length(keys) > MAX_LENGTH) {
            keys = instead(keys, k -> k.startsWith("article-"), CdnKeys.everyLanguage(CdnKeys::topics));
        }
        if (length(keys) > MAX_LENGTH) {
            keys = instead(keys, k -> k.startsWith("term-"), CdnKeys.everyLanguage(CdnKeys::dictionary));
        }
        return keys;
    }

    private static Set<String> instead(Set<String> keys, Predicate<String> dropped, Collection<String> added) {
        Set<String> kept = new LinkedHashSet<>(keys);
        kept.removeIf(dropped);
        kept.addAll(added);
        return kept;
    }

    private static int length(Set<String> keys) {
        return String.join(" ", keys).length();
    }
}
