package org.salus.web;

import java.util.function.Supplier;

/**
 * The editorial header's counts for the signed-in person: open work on their hub and unread
 * notifications. Implemented by the newsroom (org.salus.newsroom); the layout shows them only on
 * editorial pages, never on reader pages, which the static edition writes once for every reader.
 */
public interface WorkCounts {

    Counts of(String username);

    /** {@code work}: items on the person's hub; {@code unread}: notifications not yet read. */
    record Counts(int work, int unread) {

        public static final Counts NONE = new Counts(0, 0);
    }

    /** Looks the counts up at most once per page, and only if the page shows them. */
    final class Lazy implements Supplier<Counts> {

        private final Supplier<Counts> source;
        private Counts counts;

        public Lazy(Supplier<Counts> source) {
            this.source = source;
        }

        @Override
        public Counts get() {
            if (counts == null) {
                counts = source.get();
            }
            return counts;
        }
    }
}
