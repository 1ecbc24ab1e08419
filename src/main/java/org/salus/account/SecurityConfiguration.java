package org.salus.account;

import org.salus.audit.AuditLog;
import org.salus.limits.RateLimitBuckets;
import org.salus.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security for the whole site. Readers need no account and can read (GET) anything public.
 * Editorial routes follow {@link EditorialRoutes}; anything there without a rule is denied. Form
 * login with limits on failed attempts, landing on a page the role may use ({@link Landing}), bcrypt
 * password hashes, CSRF on every form (no session for readers' forms: {@link CsrfTokens}), a new
 * session id at sign-in, and a strict Content Security Policy: no inline scripts or styles, nothing from
 * other origins.
 */
@Configuration
@ConditionalOnWebApplication // commands such as 'import' run without a web server
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = SecurityHeaders.CONTENT_SECURITY_POLICY;

    @Bean
    SecurityFilterChain site(HttpSecurity http, RateLimitBuckets buckets, AuditLog audit) throws Exception {
        http.authorizeHttpRequests(requests -> {
            for (EditorialRoutes.Rule rule : EditorialRoutes.RULES) {
                String[] roles = rule.roles().stream().map(Role::name).toArray(String[]::new);
                if (rule.method() == null) {
                    requests.requestMatchers(rule.pattern()).hasAnyRole(roles);
                } else {
                    requests.requestMatchers(rule.method(), rule.pattern()).hasAnyRole(roles);
                }
            }
            for (String prefix : EditorialRoutes.PROTECTED_PREFIXES) {
                requests.requestMatchers(prefix, prefix + "/**").denyAll();
            }
            // Readers may send a story (CSRF-checked, rate-limited by StorySubmissionGuard).
            requests.requestMatchers(
                            HttpMethod.POST,
                            "/topics/*/questions/*",
                            "/topics/*/questions/*/stories/*/helpful",
                            "/topics/*/questions/*/stories/*/report")
                    .permitAll();
            // Readers may send page feedback (CSRF-checked, screened and rate-limited in org.salus.feedback).
            requests.requestMatchers(HttpMethod.POST, "/topics/*/feedback", "/topics/*/problem")
                    .permitAll();
            // Readers may send quiz answers: scored in the response, nothing stored (QuizController).
            requests.requestMatchers(HttpMethod.POST, "/quizzes/*").permitAll();
            // HL7 Infobutton: EHRs may POST a knowledge request form (see InfobuttonController).
            requests.requestMatchers(HttpMethod.POST, "/infobutton").permitAll();
            requests.requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .anyRequest()
                    .denyAll();
        });
        // HL7 Infobutton: an EHR posts knowledge requests server-to-server with no session, so no
        // CSRF token can exist; the request changes nothing and reads only public content.
        // Reader forms keep their token in a cookie, editorial ones in the session (see CsrfTokens).
        // Quiz answers change nothing and are stored nowhere, so a forged submission can do no harm;
        // without a token the quiz pages set no cookie at all (issue 16: "no cookie").
        http.csrf(csrf -> csrf.csrfTokenRepository(new CsrfTokens())
                .ignoringRequestMatchers(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/infobutton"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/quizzes/*")));
        LoginAttemptLimiter limiter = new LoginAttemptLimiter(buckets, audit);
        http.formLogin(login -> login.loginPage("/login")
                        .successHandler(new Landing.AfterSignIn(limiter, audit))
                        .failureHandler(limiter)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?signedOut")
                        .permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .addFilterBefore(limiter, UsernamePasswordAuthenticationFilter.class)
                // CORS from the MVC configuration (the JSON API's, api/ApiWebConfiguration): answers preflights
                .cors(Customizer.withDefaults())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .addHeaderWriter(new NoStoreHeaderWriter())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
        return http.build();
    }

    /** A request the firewall refuses (encoded slashes, odd characters) is a 400, not a 500. */
    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return new HttpStatusRequestRejectedHandler(HttpStatus.BAD_REQUEST.value());
    }
}
