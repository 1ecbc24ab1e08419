package org.salus.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.salus.article.ReviewerProfile;
import org.salus.article.ReviewerProfile.Disclosure;

/**
 * The administrator's form for what readers are told about a reviewer beyond name and credentials.
 * Interests must be stated: "none declared" is a choice of its own, never an empty box.
 *
 * @param affiliations one organisation a line
 * @param disclosure   {@code none} or {@code declared} ({@code unstated} only as a profile's starting value)
 * @param confirm      "save and confirm": the administrator checked the whole profile with the reviewer today
 * @param photo        the id of the library image shown as the reviewer's photo; blank for none; absent
 *                     (a client that does not send the field) keeps the photo as it is
 */
public record ReviewerProfileForm(
        String affiliations,
        String licenceBody,
        String licenceNumber,
        String disclosure,
        String disclosures,
        String confirm,
        String photo) {

    static final int MAX_AFFILIATIONS = 5;
    static final int MAX_AFFILIATION = 200;
    static final int MAX_LICENCE_BODY = 200;
    static final int MAX_LICENCE_NUMBER = 60;
    static final int MAX_DISCLOSURES = 2000;

    static ReviewerProfileForm of(ReviewerProfile profile) {
        return new ReviewerProfileForm(
                String.join("\n", profile.affiliations()),
                nullToBlank(profile.licenceBody()),
                nullToBlank(profile.licenceNumber()),
                profile.disclosure().code(),
                nullToBlank(profile.disclosures()),
                null,
                profile.photoImageId() == null ? "" : profile.photoImageId().toString());
    }

    List<String> affiliationList() {
        return affiliations == null
                ? List.of()
                : affiliations
                        .lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList();
    }

    Disclosure disclosureChoice() {
        return Disclosure.fromCode(disclosure == null ? "" : disclosure);
    }

    /** Whether the form says anything about the photo (a browser always sends the field). */
    boolean setsPhoto() {
        return photo != null;
    }

    /** The chosen image's id, empty for "no photo"; a value that is not a number is -1, which no image has. */
    java.util.OptionalLong photoId() {
        String value = photo == null ? "" : photo.strip();
        if (value.isEmpty()) {
            return java.util.OptionalLong.empty();
        }
        return value.matches("[0-9]{1,18}")
                ? java.util.OptionalLong.of(Long.parseLong(value))
                : java.util.OptionalLong.of(-1);
    }

    boolean confirming() {
        return confirm != null;
    }

    /** Field name → message key of what is wrong. */
    Map<String, String> problems() {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> lines = affiliationList();
        if (lines.size() > MAX_AFFILIATIONS || lines.stream().anyMatch(l -> l.length() > MAX_AFFILIATION)) {
            errors.put("affiliations", "profile.error.affiliations");
        }
        String body = UserForm.blankToNull(licenceBody);
        String number = UserForm.blankToNull(licenceNumber);
        if (body != null && body.length() > MAX_LICENCE_BODY) {
            errors.put("licenceBody", "profile.error.licenceBody");
        } else if (body == null && number != null) {
            errors.put("licenceBody", "profile.error.licenceBodyMissing");
        }
        if (number != null && !number.matches("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]{0,59}")) {
            errors.put("licenceNumber", "profile.error.licenceNumber");
        } else if (number == null && body != null) {
            errors.put("licenceNumber", "profile.error.licenceNumberMissing");
        }
        Disclosure choice = disclosureChoice();
        String text = UserForm.blankToNull(disclosures);
        if (choice == Disclosure.UNSTATED) {
            errors.put("disclosure", "profile.error.disclosure");
        } else if (choice == Disclosure.DECLARED && (text == null || text.length() > MAX_DISCLOSURES)) {
            errors.put("disclosures", "profile.error.disclosures");
        } else if (choice == Disclosure.NONE && text != null) {
            errors.put("disclosures", "profile.error.disclosuresWithNone");
        }
        return errors;
    }

    private static String nullToBlank(String value) {
        return value == null ? "" : value;
    }
}
