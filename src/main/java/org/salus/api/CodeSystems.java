package org.salus.api;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.salus.article.ArticleListings;
import org.springframework.stereotype.Component;

/**
 * The code systems articles are coded in, by id ("ICD-10-CM") and HL7 OID. They change only with
 * a migration, so they are read once.
 */
@Component
class CodeSystems {

    private final ArticleListings articles;
    private volatile Map<String, String> oids;

    CodeSystems(ArticleListings articles) {
        this.articles = articles;
    }

    String oidOf(String systemId) {
        return oids().get(systemId);
    }

    /** The id of the system named by its id (any case) or its OID. */
    Optional<String> resolve(String idOrOid) {
        for (Map.Entry<String, String> system : oids().entrySet()) {
            if (system.getKey().equalsIgnoreCase(idOrOid) || system.getValue().equals(idOrOid)) {
                return Optional.of(system.getKey());
            }
        }
        return Optional.empty();
    }

    String names() {
        return String.join(", ", oids().keySet()).toUpperCase(Locale.ROOT);
    }

    private Map<String, String> oids() {
        if (oids == null) {
            oids = Map.copyOf(articles.codeSystemOids());
        }
        return oids;
    }
}
