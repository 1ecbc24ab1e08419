package org.salus.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Where a form's CSRF token is kept, chosen by address so each request always uses the same place:
 * <ul>
 * <li>reader forms (stories, "helpful", reports) and the sign-in form: in a cookie, checked against
 *     the form field (double submit). No server session, so reader pages never create a database row;
 *     the token exists only once a page with a form is rendered.</li>
 * <li>editorial pages ({@link EditorialRoutes#PROTECTED_PREFIXES}) and sign-out: in the signed-in
 *     session, which exists anyway. A session-bound token cannot be planted by a cookie set from a
 *     sibling sub-domain or over plain HTTP, which matters where articles are published and
 *     accounts managed.</li>
 * </ul>
 */
class CsrfTokens implements CsrfTokenRepository {

    private final CsrfTokenRepository readers = readerCookie();
    private final CsrfTokenRepository editorial = new HttpSessionCsrfTokenRepository();

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return forRequest(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        forRequest(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return forRequest(request).loadToken(request);
    }

    @Override
    public DeferredCsrfToken loadDeferredToken(HttpServletRequest request, HttpServletResponse response) {
        return forRequest(request).loadDeferredToken(request, response);
    }

    private CsrfTokenRepository forRequest(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return EditorialRoutes.isProtected(path) || path.equals("/logout") ? editorial : readers;
    }

    /** HttpOnly (forms need no script), Secure over HTTPS, and never sent with cross-site requests. */
    private static CsrfTokenRepository readerCookie() {
        CookieCsrfTokenRepository cookie = new CookieCsrfTokenRepository();
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
        return cookie;
    }
}
