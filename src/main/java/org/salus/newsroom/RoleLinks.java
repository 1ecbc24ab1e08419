package org.salus.newsroom;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.salus.account.Role;

/**
 * Every page a person's roles may use, as the hub lists them: the one place that names them, checked
 * against {@link org.salus.account.EditorialRoutes} by the tests (each link opens for its role).
 */
final class RoleLinks {

    private RoleLinks() {}

    static List<HubPage.Link> of(Role role) {
        return switch (role) {
            case WRITER ->
                List.of(
                        new HubPage.Link("newsroom.link.newArticle", "/editor/articles/new"),
                        new HubPage.Link("newsroom.link.dictionary", "/editor/dictionary"),
                        new HubPage.Link("newsroom.link.newTerm", "/editor/dictionary/new"),
                        new HubPage.Link("newsroom.link.images", "/editor/images"));
            case REVIEWER ->
                List.of(
                        new HubPage.Link("newsroom.link.dictionary", "/editor/dictionary"),
                        new HubPage.Link("newsroom.link.images", "/editor/images"),
                        new HubPage.Link("newsroom.link.sources", "/editor/sources"));
            case EDITOR ->
                List.of(
                        new HubPage.Link("newsroom.link.newArticle", "/editor/articles/new"),
                        new HubPage.Link("newsroom.link.dictionary", "/editor/dictionary"),
                        new HubPage.Link("newsroom.link.newTerm", "/editor/dictionary/new"),
                        new HubPage.Link("newsroom.link.images", "/editor/images"),
                        new HubPage.Link("newsroom.link.feedback", "/editor/feedback"),
                        new HubPage.Link("newsroom.link.sources", "/editor/sources"));
            case MODERATOR -> List.of(new HubPage.Link("newsroom.link.moderation", "/moderation"));
            case ADMIN ->
                List.of(
                        new HubPage.Link("newsroom.link.users", "/admin/users"),
                        new HubPage.Link("newsroom.link.newUser", "/admin/users/new"),
                        new HubPage.Link("newsroom.link.reviewers", "/admin/reviewers"),
                        new HubPage.Link("newsroom.link.audit", "/admin/audit"),
                        new HubPage.Link("newsroom.link.imports", "/admin/imports"),
                        new HubPage.Link("newsroom.link.search", "/admin/search"),
                        new HubPage.Link("newsroom.link.apiKeys", "/admin/api-keys"),
                        new HubPage.Link("newsroom.link.dictionary", "/editor/dictionary"));
        };
    }

    /** The pages of all of a person's roles, each once, and their own account's. */
    static List<HubPage.Link> forRoles(Set<Role> roles) {
        Set<HubPage.Link> links = new LinkedHashSet<>();
        for (Role role : Role.values()) {
            if (roles.contains(role)) {
                links.addAll(of(role));
            }
        }
        links.add(new HubPage.Link("newsroom.link.password", "/account/password"));
        return new ArrayList<>(links);
    }
}
