package org.salus.account;

import java.security.Principal;

import org.springframework.stereotype.Component;

/** The signed-in editorial user, looked up fresh so a disabled account loses its powers at once. */
@Component
public class CurrentUser {

    private final UserRepository users;

    CurrentUser(UserRepository users) {
        this.users = users;
    }

    public UserAccount of(Principal principal) {
        return users.findByUsername(principal.getName())
                .filter(UserAccount::enabled)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("account disabled"));
    }
}
