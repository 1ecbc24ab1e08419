package org.salus.story;

import java.time.Clock;
import java.util.List;

import org.salus.story.screening.ScreeningResult;
import org.salus.story.screening.StoryScreener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a reader's story: screens it, then stores it as pending with what screening found. The
 * caller confirms to the reader only after this returns, so a confirmed story is in the database.
 */
@Service
public class StorySubmissions {

    /** What happened to a submission; {@code urgent} means the reader is shown crisis resources. */
    public record Outcome(long storyId, boolean urgent) {}

    private final StoryRepository stories;
    private final ClientIdentity clients;
    private final StoryScreener screener = new StoryScreener();
    private final Clock clock;

    StorySubmissions(StoryRepository stories, ClientIdentity clients, Clock clock) {
        this.stories = stories;
        this.clients = clients;
        this.clock = clock;
    }

    @Transactional
    public Outcome submit(Question question, StoryForm form, String clientAddress) {
        if (form.isBot()) {
            return new Outcome(0, false); // the honeypot was filled in: answer like a success, keep nothing
        }
        ScreeningResult screening =
                screener.screen(form.displayName().strip(), form.story().strip());
        List<StoredFinding> findings = screening.findings().stream()
                .map(f -> new StoredFinding(f.flag().code(), f.start(), f.end(), f.excerpt(), f.explanation()))
                .toList();
        long id = stories.insertPending(
                question.id(),
                form,
                screening.maskedText(),
                screening.urgent(),
                clients.of(clientAddress),
                findings,
                clock.instant());
        return new Outcome(id, screening.urgent());
    }
}
