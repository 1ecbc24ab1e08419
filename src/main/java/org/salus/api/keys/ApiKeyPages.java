package org.salus.api.keys;

import java.util.List;

import org.salus.web.PageContext;

/** Model of the administrator's API key page. */
public final class ApiKeyPages {

    private ApiKeyPages() {}

    /**
     * @param issued the key just issued, whose token is shown this once; null otherwise
     * @param error  message key of a problem with the submitted name; null when none
     */
    public record Keys(PageContext ctx, List<ApiKey> keys, IssuedKey issued, String name, String error) {}
}
