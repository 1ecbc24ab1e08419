package org.salus.account;

import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form's POST. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String tooMany,
            @RequestParam(required = false) String signedOut,
            PageContext ctx,
            Model model) {
        LoginPage page;
        if (tooMany != null) {
            page = new LoginPage(ctx, "login.tooMany", true);
        } else if (error != null) {
            page = new LoginPage(ctx, "login.failed", true);
        } else if (signedOut != null) {
            page = new LoginPage(ctx, "login.signedOut", false);
        } else {
            page = new LoginPage(ctx, null, false);
        }
        model.addAttribute("page", page);
        return "account/login";
    }
}
