package org.salus.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * Ends a person's signed-in sessions (Spring Session keeps them in the database, indexed by user
 * name) when their password changes, so someone who knew the old one is signed out everywhere.
 */
@Component
class SignedInSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    /** The repository exists only in the web application; commands have no sessions to end. */
    SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /**
     * Ends every session of {@code username} except {@code keepSessionId} (the person's own, when
     * they change their own password; null to end them all).
     */
    int endAll(String username, String keepSessionId) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        int ended = 0;
        for (String id : repository.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepSessionId)) {
                repository.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
