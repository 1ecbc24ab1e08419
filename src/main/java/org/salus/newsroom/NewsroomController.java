package org.salus.newsroom;

import java.security.Principal;
import java.time.Clock;

import org.salus.account.CurrentUser;
import org.salus.account.UserAccount;
import org.salus.web.PageContext;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The editorial home of every signed-in person, {@code /editor}, and marking notifications read. */
@Controller
class NewsroomController {

    private final Hub hub;
    private final NotificationRepository notifications;
    private final CurrentUser currentUser;
    private final Clock clock;

    NewsroomController(Hub hub, NotificationRepository notifications, CurrentUser currentUser, Clock clock) {
        this.hub = hub;
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @GetMapping("/editor")
    String hub(@RequestParam(required = false) String done, Principal principal, PageContext ctx, Model model) {
        UserAccount user = currentUser.of(principal);
        String notice = done == null ? null : "done." + done.replaceAll("[^a-zA-Z]", "");
        model.addAttribute("page", hub.of(ctx, user, notice));
        return "newsroom/hub";
    }

    /** Marks one notification read and opens the page where its work is done. */
    @PostMapping("/editor/notifications/{id}/open")
    String open(@PathVariable long id, Principal principal) {
        UserAccount user = currentUser.of(principal);
        notifications.markRead(user.id(), id, clock.instant());
        return notifications
                .find(user.id(), id)
                .map(n -> "redirect:" + n.link())
                .orElse("redirect:/editor#notifications");
    }

    @PostMapping("/editor/notifications/read")
    String readAll(Principal principal) {
        notifications.markAllRead(currentUser.of(principal).id(), clock.instant());
        return "redirect:/editor#notifications";
    }
}
