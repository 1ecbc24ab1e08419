package org.salus.account;

import java.security.Principal;
import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.salus.article.ReviewerProfileRepository;
import org.salus.audit.AuditLog;
import org.salus.changes.Change;
import org.salus.changes.ChangeLog;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators create, edit and disable accounts (never delete them), set roles, give
 * reviewers their public credentials, and read the audit log.
 */
@Controller
class AdminController {

    private final UserRepository users;
    private final ReviewerProfileRepository profiles;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SignedInSessions sessions;
    private final ChangeLog changes;

    AdminController(
            UserRepository users,
            ReviewerProfileRepository profiles,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock,
            SignedInSessions sessions,
            ChangeLog changes) {
        this.sessions = sessions;
        this.changes = changes;
        this.users = users;
        this.profiles = profiles;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/admin/users")
    String list(PageContext ctx, Model model) {
        model.addAttribute("page", new UserPages.Accounts(ctx, users.findAll()));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(PageContext ctx, Model model) {
        model.addAttribute("page", new UserPages.Form(ctx, null, UserForm.empty(), Map.of()));
        return "admin/user";
    }

    @PostMapping("/admin/users")
    @Transactional
    ModelAndView create(@ModelAttribute UserForm form, Principal admin, PageContext ctx) {
        Map<String, String> errors = new java.util.HashMap<>(form.problems(true));
        if (errors.isEmpty() && users.findByUsername(form.username()).isPresent()) {
            errors.put("username", "user.taken");
        }
        if (!errors.isEmpty()) {
            return formView(ctx, null, form, errors);
        }
        long id = users.insert(
                form.username(),
                form.displayName().strip(),
                UserForm.blankToNull(form.email()),
                encoder.encode(form.password()),
                true,
                form.roleSet(),
                clock.instant());
        saveProfile(id, form);
        audit.recordAccount(admin.getName(), "user.created", form.username(), form.username() + " " + form.roleSet());
        return new ModelAndView("redirect:/admin/users");
    }

    @GetMapping("/admin/users/{id}")
    String edit(@PathVariable long id, PageContext ctx, Model model) {
        UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user"));
        var profile = profiles.findByUserId(id);
        UserForm form = new UserForm(
                user.username(),
                user.displayName(),
                user.email(),
                user.roles().stream().map(Role::code).toList(),
                user.enabled(),
                profile.map(p -> p.credentials()).orElse(""),
                profile.map(p -> p.specialty()).orElse(""),
                profile.map(p -> p.bio()).orElse(""),
                "");
        model.addAttribute("page", new UserPages.Form(ctx, id, form, Map.of()));
        return "admin/user";
    }

    @PostMapping("/admin/users/{id}")
    @Transactional
    ModelAndView update(
            @PathVariable long id,
            @ModelAttribute UserForm form,
            Principal admin,
            HttpSession session,
            PageContext ctx) {
        UserAccount user = users.findById(id).orElseThrow(() -> new NotFoundException("user"));
        UserForm withName = new UserForm(
                user.username(),
                form.displayName(),
                form.email(),
                form.roles(),
                form.enabled(),
                form.credentials(),
                form.specialty(),
                form.bio(),
                form.password());
        Map<String, String> errors = withName.problems(false);
        if (user.username().equals(admin.getName())
                && (!form.enabled() || !withName.roleSet().contains(Role.ADMIN))) {
            errors = new java.util.HashMap<>(errors);
            errors.put("roles", "user.notYourself"); // an administrator cannot lock themselves out
        }
        if (!errors.isEmpty()) {
            return formView(ctx, id, withName, errors);
        }
        AccountAudit.changes(audit, admin.getName(), user, withName);
        users.update(
                id,
                withName.displayName().strip(),
                UserForm.blankToNull(withName.email()),
                withName.enabled(),
                withName.roleSet());
        if (withName.password() != null && !withName.password().isEmpty()) {
            users.setPassword(id, encoder.encode(withName.password()), true);
            // A reset password ends the person's sessions (an administrator resetting their own keeps this one).
            sessions.endAll(user.username(), session.getId());
        }
        saveProfile(id, withName);
        return new ModelAndView("redirect:/admin/users");
    }

    private void saveProfile(long id, UserForm form) {
        if (form.roleSet().contains(Role.REVIEWER)) {
            profiles.saveForUser(
                    id,
                    form.displayName().strip(),
                    form.credentials().strip(),
                    UserForm.blankToNull(form.specialty()),
                    UserForm.blankToNull(form.bio()));
            // "Medically reviewed by" on every page this reviewer approved shows the new name.
            changes.append(Change.of(Change.Kind.REVIEWER_PROFILE_CHANGED).allArticles());
        }
    }

    private static ModelAndView formView(PageContext ctx, Long id, UserForm form, Map<String, String> errors) {
        ModelAndView view = new ModelAndView("admin/user", HttpStatus.UNPROCESSABLE_ENTITY);
        view.addObject("page", new UserPages.Form(ctx, id, form, errors));
        return view;
    }
}
