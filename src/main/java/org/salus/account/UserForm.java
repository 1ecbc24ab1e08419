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
public record UserForm(String username, String displayName, String email, List<String> roles, boolean enabled,
        String credentials, String specialty, String bio, String password) {

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
        }
        if (roleSet().size() != roles.size()) {
            errors.put("roles", "user.roles");
        }
        if (roleSet().contains(Role.REVIEWER) && (credentials == null || credentials.isBlank() || credentials.length() > 60)) {
            errors.put("credentials", "user.credentials");
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
