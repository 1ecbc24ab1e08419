package org.salus.feedback;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import io.github.bucket4j.ConsumptionProbe;
import org.salus.limits.RateLimit;
import org.salus.limits.RateLimitBuckets;
import org.salus.story.screening.Flag;
import org.springframework.stereotype.Service;

/**
 * Takes a checked form the rest of the way: screening, the per-address limit, storing. Only a
 * submission that will be stored takes a token from the limit, so a reader whose form came back
 * (a missing answer, a phone number in the comment) is never charged for trying again, and the
 * limit is generous (30 an hour by default) because many readers can share one address (an office,
 * a library, a mobile network's NAT). The bucket is feedback's own ({@code "feedback:"}): reaching
 * it never keeps anyone from reading, signing in or sending a story.
 */
@Service
class FeedbackSubmissions {

    static final Duration WINDOW = Duration.ofHours(1);

    /** What happened: stored (urgent or not), refused for personal data, or limited (retry after this long). */
    sealed interface Outcome {}

    record Stored(long id, boolean urgent) implements Outcome {}

    record Refused(Set<Flag> flags, boolean urgent) implements Outcome {}

    record Limited(Duration retryAfter, boolean urgent) implements Outcome {}

    private final CommentScreening screening;
    private final FeedbackRepository feedback;
    private final RateLimitBuckets buckets;
    private final RateLimit limit;
    private final Clock clock;

    FeedbackSubmissions(
            CommentScreening screening,
            FeedbackRepository feedback,
            RateLimitBuckets buckets,
            FeedbackProperties settings,
            Clock clock) {
        this.screening = screening;
        this.feedback = feedback;
        this.buckets = buckets;
        this.limit = new RateLimit(settings.submissionsPerHour(), WINDOW);
        this.clock = clock;
    }

    /** A checked helpful answer ({@link FeedbackForm#helpfulProblems()} found nothing). */
    Outcome helpful(FeedbackRepository.Page page, FeedbackForm form, String clientAddress) {
        CommentScreening.Verdict verdict = screening.screen(form.comment());
        Outcome blocked = blocked(verdict, clientAddress);
        if (blocked != null) {
            return blocked;
        }
        long id = feedback.insertHelpful(
                page, form.saidYes(), form.comment(), verdict.flags(), verdict.urgent(), clock.instant());
        return new Stored(id, verdict.urgent());
    }

    /** A checked problem report ({@link FeedbackForm#reportProblems()} found nothing). */
    Outcome problem(FeedbackRepository.Page page, FeedbackForm form, String clientAddress) {
        CommentScreening.Verdict verdict = screening.screen(form.description());
        Outcome blocked = blocked(verdict, clientAddress);
        if (blocked != null) {
            return blocked;
        }
        ProblemKind kind =
                ProblemKind.fromCode(FeedbackForm.text(form.problem())).orElseThrow();
        long id = feedback.insertProblem(
                page, kind, form.description(), verdict.flags(), verdict.urgent(), clock.instant());
        return new Stored(id, verdict.urgent());
    }

    /** Refused or limited, or null when the submission may be stored (then it has taken its token). */
    private Outcome blocked(CommentScreening.Verdict verdict, String clientAddress) {
        if (!verdict.accepted()) {
            return new Refused(verdict.refused(), verdict.urgent());
        }
        ConsumptionProbe probe = buckets.tryConsume("feedback:ip:" + clientAddress, limit);
        if (!probe.isConsumed()) {
            return new Limited(Duration.ofNanos(probe.getNanosToWaitForRefill()), verdict.urgent());
        }
        return null;
    }
}
