package org.salus.search;

import java.time.Duration;

import org.salus.article.ArticlePublishedEvent;
import org.salus.article.ArticleRetiredEvent;
import org.salus.cli.Commands;
import org.salus.dictionary.TermsChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the index in step with the site: opened (and rebuilt when needed) once the sample content
 * is loaded, then told of every publication, retirement and term change after its transaction
 * commits. A command ({@code import ...}) leaves the index alone: the next start finds it stale.
 */
@Component
@Order(100)
class SearchUpdates implements ApplicationRunner {

    private final SearchIndex index;
    private final Duration startupWait;

    SearchUpdates(SearchIndex index, @Value("${salus.search.startup-wait:PT2M}") Duration startupWait) {
        this.index = index;
        this.startupWait = startupWait;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!Commands.isCommand(args.getSourceArgs())) {
            index.start(startupWait);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPublished(ArticlePublishedEvent event) {
        index.articleChanged(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRetired(ArticleRetiredEvent event) {
        index.articleChanged(event.articleId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onTermsChanged(TermsChanged event) {
        index.termsChanged();
    }
}
