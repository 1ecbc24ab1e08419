package org.salus.account;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Someone signed in with a one-time or reset password must choose their own before using any
 * editorial page.
 */
@Configuration
class PasswordChangeRequired implements WebMvcConfigurer, HandlerInterceptor {

    private final UserRepository users;

    PasswordChangeRequired(UserRepository users) {
        this.users = users;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this)
                .addPathPatterns("/editor", "/editor/**", "/admin/**", "/moderation", "/moderation/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        Principal principal = request.getUserPrincipal();
        if (principal != null
                && users.findByUsername(principal.getName())
                        .map(UserAccount::passwordMustChange)
                        .orElse(false)) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }
}
