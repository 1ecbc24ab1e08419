package org.salus.account;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.salus.audit.AuditLog;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * A signed-in person changes their own password (required after a one-time password); their other
 * signed-in sessions end.
 */
@Controller
class PasswordController {

    private final UserRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder encoder;
    private final SignedInSessions sessions;
    private final AuditLog audit;

    PasswordController(
            UserRepository users,
            CurrentUser currentUser,
            PasswordEncoder encoder,
            SignedInSessions sessions,
            AuditLog audit) {
        this.audit = audit;
        this.users = users;
        this.currentUser = currentUser;
        this.encoder = encoder;
        this.sessions = sessions;
    }

    @GetMapping("/account/password")
    String form(Principal principal, PageContext ctx, Model model) {
        model.addAttribute(
                "page", new PasswordPage(ctx, currentUser.of(principal).passwordMustChange(), Map.of(), false));
        return "account/password";
    }

    @PostMapping("/account/password")
    ModelAndView change(
            @RequestParam(defaultValue = "") String current,
            @RequestParam(defaultValue = "") String password,
            @RequestParam(defaultValue = "") String repeat,
            Principal principal,
            HttpSession session,
            PageContext ctx) {
        UserAccount user = currentUser.of(principal);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!encoder.matches(current, users.passwordHash(user.username()).orElse(""))) {
            errors.put("current", "password.currentWrong");
        }
        PasswordPolicy.problem(user.username(), password).ifPresent(problem -> errors.put("password", problem));
        if (!password.equals(repeat)) {
            errors.putIfAbsent("repeat", "password.mismatch");
        }
        if (!errors.isEmpty()) {
            ModelAndView view = new ModelAndView("account/password", HttpStatus.UNPROCESSABLE_ENTITY);
            view.addObject("page", new PasswordPage(ctx, user.passwordMustChange(), errors, false));
            return view;
        }
        users.setPassword(user.id(), encoder.encode(password), false);
        audit.recordAccount(user.username(), "password.changed", user.username(), null);
        // Whoever signed in elsewhere with the old password is signed out; this browser stays.
        sessions.endAll(user.username(), session.getId());
        return new ModelAndView("redirect:" + Landing.pathFor(user.roles()) + "?done=passwordChanged");
    }
}
