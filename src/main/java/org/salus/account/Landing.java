package org.salus.account;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.salus.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a person arrives after signing in or choosing their password: their editorial home,
 * {@code /editor} (org.salus.newsroom), which holds the work of every role and links to each page
 * the roles may use. Someone with no role yet (an administrator has not given one) goes to the
 * public home page.
 */
public final class Landing {

    private Landing() {}

    public static String pathFor(Set<Role> roles) {
        return roles.isEmpty() ? "/" : "/editor";
    }

    static Set<Role> rolesOf(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authorities) {
            for (Role role : Role.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    /**
     * After a successful sign-in: back to the page that asked for it, else the role's landing page;
     * the account's earlier failures from this address are forgotten.
     */
    static final class AfterSignIn extends SavedRequestAwareAuthenticationSuccessHandler {

        private final LoginAttemptLimiter limiter;
        private final AuditLog audit;

        AfterSignIn(LoginAttemptLimiter limiter, AuditLog audit) {
            this.limiter = limiter;
            this.audit = audit;
        }

        @Override
        public void onAuthenticationSuccess(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                throws ServletException, IOException {
            limiter.succeeded(request);
            audit.recordAccount(
                    authentication.getName(),
                    "sign-in",
                    authentication.getName(),
                    "from " + ClientNetwork.of(request.getRemoteAddr()));
            super.onAuthenticationSuccess(request, response, authentication);
        }

        /** Used when no page asked for the sign-in. */
        @Override
        protected String determineTargetUrl(
                HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
            return pathFor(rolesOf(authentication.getAuthorities()));
        }
    }
}
