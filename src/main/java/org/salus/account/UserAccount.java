package org.salus.account;

import java.util.Set;

/** A person on the editorial side. The password hash never leaves {@link UserRepository}. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        String email,
        boolean enabled,
        boolean passwordMustChange,
        Set<Role> roles) {

    public UserAccount {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
