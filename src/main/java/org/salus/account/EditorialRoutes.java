package org.salus.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may use which editorial route: the one table that the security configuration enforces and
 * the authorization test checks every handler mapping against. A route under {@code /editor},
 * {@code /admin}, {@code /account} or {@code /moderation} that no rule covers is denied to everyone (and fails that
 * test), so a new page is never open by accident. First matching rule wins.
 */
public final class EditorialRoutes {

    /** {@code method} null means any method. */
    public record Rule(HttpMethod method, String pattern, Set<Role> roles) {

        boolean matches(HttpMethod requestMethod, String path) {
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            return (method == null || method.equals(requestMethod)) && parsed.matches(PathContainer.parsePath(path));
        }
    }

    public static final List<String> PROTECTED_PREFIXES = List.of("/editor", "/admin", "/account", "/moderation");

    private static final Set<Role> EVERYONE =
            EnumSet.of(Role.WRITER, Role.REVIEWER, Role.EDITOR, Role.MODERATOR, Role.ADMIN);
    private static final Set<Role> AUTHORS = EnumSet.of(Role.WRITER, Role.EDITOR);
    private static final Set<Role> NEWSROOM = EnumSet.of(Role.WRITER, Role.REVIEWER, Role.EDITOR, Role.ADMIN);

    public static final List<Rule> RULES = List.of(
            new Rule(null, "/account/**", EVERYONE),
            new Rule(null, "/admin/**", EnumSet.of(Role.ADMIN)),
            new Rule(null, "/moderation", EnumSet.of(Role.MODERATOR)),
            new Rule(null, "/moderation/**", EnumSet.of(Role.MODERATOR)),
            new Rule(HttpMethod.POST, "/editor/revisions/{id}/approve", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/revisions/{id}/request-changes", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/articles/{slug}/confirm-review", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/articles/{slug}/confirm-section", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/revisions/{id}/publish", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/articles/{slug}/retire", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/revisions/{id}/submit", AUTHORS),
            new Rule(HttpMethod.POST, "/editor/revisions/{id}/restore", AUTHORS),
            new Rule(null, "/editor/articles/new", AUTHORS),
            new Rule(HttpMethod.POST, "/editor/articles", AUTHORS),
            new Rule(null, "/editor/articles/{slug}/edit", AUTHORS),
            new Rule(null, "/editor/articles/{slug}/questions", AUTHORS),
            new Rule(HttpMethod.GET, "/editor/codes/**", AUTHORS),
            new Rule(HttpMethod.POST, "/editor/dictionary/revisions/{id}/approve", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/dictionary/revisions/{id}/request-changes", EnumSet.of(Role.REVIEWER)),
            new Rule(HttpMethod.POST, "/editor/dictionary/revisions/{id}/publish", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/dictionary/terms/{slug}/retire", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/dictionary/revisions/{id}/submit", AUTHORS),
            new Rule(null, "/editor/dictionary/new", AUTHORS),
            new Rule(HttpMethod.POST, "/editor/dictionary/terms", AUTHORS),
            new Rule(null, "/editor/dictionary/terms/{slug}/edit", AUTHORS),
            new Rule(null, "/editor/feedback", EnumSet.of(Role.EDITOR)),
            new Rule(null, "/editor/feedback/**", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/images", EnumSet.of(Role.EDITOR)),
            new Rule(HttpMethod.POST, "/editor/preview", NEWSROOM),
            // what the source watch found (org.salus.sources): for those who answer for content
            new Rule(HttpMethod.GET, "/editor/sources", EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN)),
            // everyone's editorial home (org.salus.newsroom) and their own notifications
            new Rule(HttpMethod.GET, "/editor", EVERYONE),
            new Rule(HttpMethod.POST, "/editor/notifications/**", EVERYONE),
            new Rule(HttpMethod.GET, "/editor/**", NEWSROOM));

    private EditorialRoutes() {}

    public static boolean isProtected(String path) {
        return PROTECTED_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    /** The rule that decides a request, or empty when none does (then it is denied). */
    public static Optional<Rule> ruleFor(HttpMethod method, String path) {
        return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }
}
