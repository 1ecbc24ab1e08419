package org.salus.api.keys;

import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators issue API keys to partners (the token is shown once, on the page that answers
 * the form), see every key with who issued it, and revoke keys. Under {@code /admin}, so only
 * administrators reach it (EditorialRoutes).
 */
@Controller
class ApiKeyController {

    static final int MAX_NAME = 120;

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/admin/api-keys")
    ModelAndView list(PageContext ctx) {
        return page(ctx, null, "", null, HttpStatus.OK);
    }

    @PostMapping("/admin/api-keys")
    ModelAndView issue(
            @RequestParam(defaultValue = "") String name,
            Principal admin,
            PageContext ctx,
            HttpServletResponse response) {
        String clean = name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            return page(
                    ctx,
                    null,
                    clean.length() > MAX_NAME ? "" : clean,
                    "apikeys.error.name",
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        IssuedKey issued = keys.issue(clean, admin.getName());
        // The only copy of the token is in this response: no cache may keep it.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return page(ctx, issued, "", null, HttpStatus.CREATED);
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(@PathVariable long id, Principal admin) {
        if (!keys.revoke(id, admin.getName())) {
            throw new NotFoundException("api key");
        }
        return "redirect:/admin/api-keys?revoked";
    }

    private ModelAndView page(PageContext ctx, IssuedKey issued, String name, String error, HttpStatus status) {
        ModelAndView view = new ModelAndView("apikeys/keys", status);
        view.addObject("page", new ApiKeyPages.Keys(ctx, keys.all(), issued, name, error));
        return view;
    }
}
