package org.salus.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salus.article.ReviewerProfile;
import org.salus.web.PageContext;

/** Models of the administrator's pages. */
public final class UserPages {

    private UserPages() {}

    public record Accounts(PageContext ctx, List<UserAccount> users) {}

    public record Form(PageContext ctx, Long id, UserForm form, Map<String, String> errors) {

        public boolean isNew() {
            return id == null;
        }

        public List<Role> allRoles() {
            return List.of(Role.values());
        }
    }

    /** {@code /admin/reviewers}: every reviewer profile and when it was last confirmed. */
    public record ReviewerProfiles(PageContext ctx, List<ReviewerProfile> profiles, LocalDate today) {}

    /** {@code /admin/reviewers/{slug}}: the profile form as typed, and what is wrong with it. */
    public record ReviewerProfileEdit(
            PageContext ctx,
            ReviewerProfile profile,
            ReviewerProfileForm form,
            Map<String, String> errors,
            List<org.salus.article.ReviewerPhotos.Choice> photos) {}
}
