package org.salus.story.screening;

import java.util.List;

/** One family of screening rules. Implementations are stateless and thread-safe. */
interface Detector {

    /** Adds what this detector finds in {@code text} to {@code out}. {@code text} is never null. */
    void detect(String text, List<Finding> out);
}
