package org.salus.api;

import java.util.List;

/** The questions of a published article. */
public record QuestionList(String article, List<QuestionSummary> items) {}
