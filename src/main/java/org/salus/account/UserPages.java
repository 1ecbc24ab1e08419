package org.salus.account;

import java.util.List;
import java.util.Map;

import org.salus.audit.AuditEntry;
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

    public record Audit(PageContext ctx, List<AuditEntry> entries) {}
}
