package org.salus.testsupport;

import java.time.Instant;
import java.util.Set;

import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.account.UserRepository;
import org.salus.article.ReviewerProfileRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Creates editorial users for tests; reviewers get a public profile with credentials. */
@Component
public class People {

    public static final String PASSWORD = "correct horse battery";

    private final UserRepository users;
    private final ReviewerProfileRepository profiles;
    private final PasswordEncoder encoder;

    People(UserRepository users, ReviewerProfileRepository profiles, PasswordEncoder encoder) {
        this.users = users;
        this.profiles = profiles;
        this.encoder = encoder;
    }

    public UserAccount create(String username, Role... roles) {
        long id = users.insert(
                username,
                displayName(username),
                username + "@example.org",
                encoder.encode(PASSWORD),
                false,
                Set.of(roles),
                Instant.now());
        if (Set.of(roles).contains(Role.REVIEWER)) {
            profiles.saveForUser(id, displayName(username), "MD", "Family Medicine", null);
        }
        return users.findById(id).orElseThrow();
    }

    private static String displayName(String username) {
        return "Dr. " + Character.toUpperCase(username.charAt(0)) + username.substring(1);
    }
}
