package org.salus.changes;

import java.util.List;

/**
 * Something a node derives from the database (a cache, the search index) that follows the change
 * log. Every bean implementing it is called by {@link ChangeFollower}, one call at a time.
 */
public interface ChangeListener {

    /**
     * Changes committed since the last call, in position order. Applying a change must be
     * idempotent and must read current state from the database, not from the change: a change
     * whose transaction committed late arrives after higher positions.
     *
     * @param through every change at or below this position has now been delivered; a listener
     *                that stores its position (the search index) stores this one
     */
    void onChanges(List<Change> changes, long through);
}
