package org.salus.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a person may do on the editorial side. Readers have no role and no account. */
public enum Role {

    /** drafts and edits articles, submits them for medical review */
    WRITER,
    /** a credentialed clinician who approves revisions or requests changes */
    REVIEWER,
    /** publishes approved revisions, schedules and retires articles */
    EDITOR,
    /** screens patient stories (arrives with the stories feature) */
    MODERATOR,
    /** manages accounts and reads the audit log */
    ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code().equals(code)).findFirst();
    }
}
