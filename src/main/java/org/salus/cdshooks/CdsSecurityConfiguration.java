package org.salus.cdshooks;

import org.salus.cdshooks.auth.ClientAuthentication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the CDS Hooks routes ({@code /cds-services/**}), a chain of its own before the site's:
 * EHRs call these server to server with JSON, so there is no session, no cookie and no CSRF token (CSRF
 * protects cookie-authenticated forms; here each call carries its own signed JWT, which a browser never
 * adds by itself). Discovery ({@code GET /cds-services}) is public: it lists the same services to everyone
 * and carries no patient data. Every other call needs a registered client's signed JWT
 * ({@link ClientAuthentication}), unless {@code salus.cds-hooks.open} makes it a sandbox.
 */
@Configuration
@ConditionalOnWebApplication // commands such as 'import' run without a web server
class CdsSecurityConfiguration {

    @Bean
    @Order(1) // before the site's chain, which matches every request
    SecurityFilterChain cdsServices(HttpSecurity http, ClientAuthentication authentication) throws Exception {
        http.securityMatcher(ClientAuthentication.DISCOVERY, ClientAuthentication.DISCOVERY + "/**")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                // CORS from the MVC configuration, for browser-based CDS clients' preflights
                .cors(Customizer.withDefaults());
        if (authentication.open()) {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        } else {
            http.authorizeHttpRequests(
                    requests -> requests.requestMatchers(HttpMethod.GET, ClientAuthentication.DISCOVERY)
                            .permitAll()
                            .anyRequest()
                            .authenticated());
            authentication.apply(http);
        }
        return http.build();
    }
}
