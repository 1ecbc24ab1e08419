package org.salus.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.salus.account.Role;
import org.salus.account.UserAccount;
import org.salus.article.ContentType;
import org.salus.review.ArticleIdentity;
import org.salus.review.EditorialWorkflow;
import org.salus.testsupport.Drafts;
import org.salus.testsupport.People;
import org.salus.testsupport.SiteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** With e-mail switched on, each notification also reaches a real SMTP server (GreenMail) after the commit. */
@SiteTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@TestPropertySource(
        properties = {"salus.notifications.mail.enabled=true", "salus.notifications.mail.from=news@example.org"})
class NotificationMailTests {

    @RegisterExtension
    static GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Autowired
    People people;

    @Autowired
    EditorialWorkflow workflow;

    @Autowired
    Notifier notifier;

    @Autowired
    NotificationRepository notifications;

    @Test
    @Order(1)
    void aSubmissionIsMailedToTheReviewer() throws Exception {
        UserAccount writer = people.create("mail-writer", Role.WRITER);
        people.create("mail-reviewer", Role.REVIEWER);
        long revision = workflow.saveDraft(
                writer,
                new ArticleIdentity("mail-article", "en", ContentType.CONDITION),
                Drafts.draft("Tinnitus").build(),
                0);
        workflow.submit(writer, revision);

        notifier.run();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("mail-reviewer@example.org"))
                .findFirst()
                .orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Salus Health: Awaiting your review: Tinnitus (revision 1)");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("news@example.org");
        assertThat(GreenMailUtil.getBody(mail)).contains("https://health.example.org/editor/revisions/" + revision);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(NotificationMailTests::recipient))
                .as("the writer did the step: no mail to them")
                .doesNotContain("mail-writer@example.org");
    }

    @Test
    @Order(2) // stops the server
    void aMailServerThatIsDownLosesNoNotification() {
        UserAccount writer = people.create("down-writer", Role.WRITER);
        UserAccount reviewer = people.create("down-reviewer", Role.REVIEWER);
        long revision = workflow.saveDraft(
                writer,
                new ArticleIdentity("down-article", "en", ContentType.CONDITION),
                Drafts.draft("Vertigo").build(),
                0);
        workflow.submit(writer, revision);
        smtp.stop();

        notifier.run(); // the failure is logged, not thrown

        assertThat(notifications.recent(reviewer.id(), 10))
                .extracting(Notification::title)
                .containsExactly("Vertigo (revision 1)");
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
