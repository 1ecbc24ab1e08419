package org.salus.story;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** The moderators' queue, one page of {@link #PAGE_SIZE} at a time, and their decisions. */
@Controller
class ModerationController {

    static final int PAGE_SIZE = 50;

    static final List<String> FLAGS = List.of(
            "crisis",
            "email",
            "phone",
            "url",
            "street-address",
            "date-of-birth",
            "id-number",
            "person-name",
            "profanity",
            "shouting",
            "spam",
            "not-an-experience");

    static final int MAX_NOTE = 1000;

    private final StoryRepository stories;
    private final QuestionRepository questions;
    private final Moderation moderation;
    private final Clock clock;

    ModerationController(StoryRepository stories, QuestionRepository questions, Moderation moderation, Clock clock) {
        this.clock = clock;
        this.stories = stories;
        this.questions = questions;
        this.moderation = moderation;
    }

    @GetMapping("/moderation")
    String queue(
            @RequestParam(required = false) String flag,
            @RequestParam(required = false) String article,
            @RequestParam(defaultValue = "0") int olderThanDays,
            @RequestParam(defaultValue = "1") String page,
            PageContext ctx,
            Model model) {
        String chosen = flag != null && FLAGS.contains(flag) ? flag : null;
        Long articleId = article == null || article.isBlank()
                ? null
                : questions.articleIdOf(article).orElse(-1L);
        Instant before = olderThanDays > 0 ? clock.instant().minus(Duration.ofDays(olderThanDays)) : null;
        int total = stories.countQueue(chosen, articleId, before);
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(pageNumber(page), pages);
        List<StoryPages.QueueItem> items =
                stories.queue(chosen, articleId, before, (current - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                        .map(this::item)
                        .toList();
        model.addAttribute(
                "page",
                new StoryPages.Queue(
                        ctx, items, chosen, FLAGS, article, olderThanDays, current, pages, total, PAGE_SIZE));
        return "moderation/queue";
    }

    @GetMapping("/moderation/stories/{id}")
    String story(@PathVariable long id, @RequestParam(required = false) String problem, PageContext ctx, Model model) {
        Story story = stories.find(id).orElseThrow(() -> new NotFoundException("story"));
        model.addAttribute(
                "page",
                new StoryPages.StoryReview(
                        ctx,
                        item(story),
                        Moderation.REASONS,
                        problem == null ? null : "moderation." + problem.replaceAll("[^a-zA-Z]", ""),
                        null));
        return "moderation/story";
    }

    /** Publishes a pending story, or changes a published one, with the text as the moderator edited it. */
    @PostMapping("/moderation/stories/{id}/redact")
    ModelAndView redact(
            @PathVariable long id, @RequestParam(defaultValue = "") String text, Principal moderator, PageContext ctx) {
        try {
            moderation.redact(moderator.getName(), id, text);
            return new ModelAndView("redirect:/moderation");
        } catch (ModerationException e) {
            Story story = stories.find(id).orElseThrow(() -> new NotFoundException("story"));
            ModelAndView view = new ModelAndView("moderation/story", HttpStatus.UNPROCESSABLE_ENTITY);
            view.addObject(
                    "page", new StoryPages.StoryReview(ctx, item(story), Moderation.REASONS, e.messageKey(), text));
            return view;
        }
    }

    /** A reported story stays published: the moderator answers its reports. */
    @PostMapping("/moderation/stories/{id}/keep")
    String keep(@PathVariable long id, Principal moderator) {
        return act(id, () -> moderation.keep(moderator.getName(), id));
    }

    @PostMapping("/moderation/stories/{id}/publish")
    String publish(@PathVariable long id, @RequestParam(defaultValue = "false") boolean restore, Principal moderator) {
        return act(id, () -> moderation.publish(moderator.getName(), id, restore));
    }

    @PostMapping("/moderation/stories/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            Principal moderator) {
        return act(id, () -> moderation.reject(moderator.getName(), id, reason, note(note)));
    }

    @PostMapping("/moderation/stories/{id}/remove")
    String remove(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String note,
            Principal moderator) {
        return act(id, () -> moderation.remove(moderator.getName(), id, reason, note(note)));
    }

    /** The note kept with a decision, refused beyond its column (story.decision_note); the input has this maxlength. */
    private static String note(String note) {
        if (note.strip().length() > MAX_NOTE) {
            throw new ModerationException("moderation.noteTooLong");
        }
        return note;
    }

    private String act(long id, Runnable step) {
        try {
            step.run();
            return "redirect:/moderation";
        } catch (ModerationException e) {
            return "redirect:/moderation/stories/" + id + "?problem="
                    + e.messageKey().substring("moderation.".length());
        }
    }

    /** A page number as typed in the address; anything but a positive number means the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private StoryPages.QueueItem item(Story story) {
        return new StoryPages.QueueItem(
                story, questions.findById(story.questionId()).orElseThrow(), stories.findings(story.id()));
    }
}
