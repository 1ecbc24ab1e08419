package org.salus.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A medical reviewer's public profile, shown at {@code /reviewers/{slug}} and linked from review lines.
 *
 * @param affiliations  where they work, one organisation a line (hospital, university, practice)
 * @param licenceBody   the body that licensed or registered them, e.g. "Oregon Medical Board", or null
 * @param licenceNumber their number with that body, or null
 * @param disclosure    whether their interests were stated, and how
 * @param disclosures   the declared interests when {@code disclosure} is {@link Disclosure#DECLARED}
 * @param confirmedOn   the day an administrator last confirmed the profile with the reviewer, or null
 * @param photoImageId  the image library entry shown as their photo, or null for none
 */
public record ReviewerProfile(
        long id,
        String slug,
        String name,
        String credentials,
        String specialty,
        String bio,
        Long userId,
        List<String> affiliations,
        String licenceBody,
        String licenceNumber,
        Disclosure disclosure,
        String disclosures,
        LocalDate confirmedOn,
        Long photoImageId) {

    /** A profile is confirmed again at least once a year; after that, readers are told it may be out of date. */
    public static final int CONFIRM_EVERY_MONTHS = 12;

    public ReviewerProfile {
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    /** Whether the reviewer's interests were declared: never blank meaning unknown. */
    public enum Disclosure {
        /** Not yet asked (profiles made before issue 19, and reviewers named by imported content). */
        UNSTATED,
        /** The reviewer declared no interests. */
        NONE,
        /** The reviewer declared interests: see the text. */
        DECLARED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Disclosure fromCode(String code) {
            for (Disclosure d : values()) {
                if (d.code().equals(code)) {
                    return d;
                }
            }
            return UNSTATED;
        }
    }

    /** Never confirmed, or last confirmed more than {@link #CONFIRM_EVERY_MONTHS} months before {@code today}. */
    public boolean confirmationDue(LocalDate today) {
        return confirmedOn == null
                || confirmedOn.plusMonths(CONFIRM_EVERY_MONTHS).isBefore(today);
    }
}
