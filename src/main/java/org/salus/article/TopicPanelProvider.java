package org.salus.article;

import java.util.Optional;

/** Implemented by features that add a panel to topic pages; {@code article} depends on none of them. */
public interface TopicPanelProvider {

    Optional<TopicPanel> panelFor(PublishedArticle article);
}
