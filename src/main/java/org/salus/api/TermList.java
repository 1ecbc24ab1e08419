package org.salus.api;

import java.util.List;

/** A page of dictionary terms; {@code next} is null on the last page. */
public record TermList(List<TermSummary> items, int total, int limit, String next) {
}
