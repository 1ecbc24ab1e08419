package org.salus.account;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The administrator's user form as typed. Reviewers need credentials ("MD") for their public
 * profile; a new account needs an initial password, which its owner must change at first sign-in.
 */
public record UserForm(
        String username,
        String displayName,
        String email,
        List<String> roles,
        boolean enabled,
        String credentials,
        String specialty,
        String bio,
        String password) {

    // Column sizes (user_account.email, reviewer_profile.specialty and bio): longer is refused beside the field.
    static final int MAX_EMAIL = 200;
    static final int MAX_SPECIALTY = 120;
    static final int MAX_BIO = 2000;

    public UserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public static UserForm empty() {
        return new UserForm("", "", "", List.of(), true, "", "", "", "");
    }

    public Set<Role> roleSet() {
        Set<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(code -> Role.fromCode(code).ifPresent(set::add));
        return set;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.code());
    }

    /** Field name → message key of what is wrong. */
    public Map<String, String> problems(boolean isNew) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (isNew && (username == null || !username.matches("[a-z0-9._-]{3,60}"))) {
            errors.put("username", "user.username");
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
            errors.put("displayName", "user.displayName");
        }
        if (email != null && !email.isBlank() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", "user.email");
        } else if (email != null && email.strip().length() > MAX_EMAIL) {
            errors.put("email", "user.emailLength");
        }
        if (roleSet().size() != roles.size()) {
            errors.put("roles", "user.roles");
        }
        if (roleSet().contains(Role.REVIEWER)
                && (credentials == null || credentials.isBlank() || credentials.length() > 60)) {
            errors.put("credentials", "user.credentials");
        }
        if (specialty != null && specialty.strip().length() > MAX_SPECIALTY) {
            errors.put("specialty", "user.specialty");
        }
        if (bio != null && bio.strip().length() > MAX_BIO) {
            errors.put("bio", "user.bio");
        }
        if (isNew || (password != null && !password.isEmpty())) {
            PasswordPolicy.problem(username, password).ifPresent(problem -> errors.put("password", problem));
        }
        return errors;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
