package org.salus.account;

import java.util.Set;
import java.util.TreeSet;

import org.salus.audit.AuditLog;

/**
 * What an administrator's save of an account changed, as the security events the audit log keeps:
 * a role change (from which roles to which), a disabled or re-enabled account, a password reset.
 * A save that changed none of them (a name, an e-mail address, a profile) is one {@code user.updated}.
 */
final class AccountAudit {

    private AccountAudit() {}

    static void changes(AuditLog audit, String admin, UserAccount before, UserForm after) {
        String who = before.username();
        boolean any = false;
        if (!before.roles().equals(after.roleSet())) {
            audit.recordAccount(
                    admin, "user.roles-changed", who, codes(before.roles()) + " → " + codes(after.roleSet()));
            any = true;
        }
        if (before.enabled() != after.enabled()) {
            audit.recordAccount(admin, after.enabled() ? "user.enabled" : "user.disabled", who, null);
            any = true;
        }
        if (after.password() != null && !after.password().isEmpty()) {
            audit.recordAccount(admin, "user.password-reset", who, null);
            any = true;
        }
        if (!any) {
            audit.recordAccount(admin, "user.updated", who, null);
        }
    }

    private static String codes(Set<Role> roles) {
        Set<String> sorted = new TreeSet<>();
        roles.forEach(r -> sorted.add(r.code()));
        return String.join(", ", sorted);
    }
}
