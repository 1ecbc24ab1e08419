package org.salus.account;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of {@link UserAccount}: a disabled account cannot sign in. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    AccountUserDetailsService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account =
                users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(users.passwordHash(username).orElseThrow())
                .disabled(!account.enabled())
                .authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
