package org.salus.account;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a password must be: long enough to resist guessing, short enough for the hash, not the
 * user name, and not common or easily guessed.
 *
 * <p>The upper limit is bcrypt's: it reads only the first 72 bytes of UTF-8 and Spring Security
 * refuses longer input, so the policy counts bytes, not characters (a letter outside ASCII takes
 * two to four). Pre-hashing longer passwords was rejected: every stored hash is plain bcrypt, and a
 * home-made bcrypt(sha256(…)) construction needs its own encoder id and has known pitfalls.
 *
 * <p>"Common" is zxcvbn's judgement (the zxcvbn4j library: lists of leaked passwords, names and
 * words, plus keyboard walks, repeats, sequences and dates): a password it estimates at fewer than
 * 10^8 guesses (score below 3, "moderate protection against an offline slow-hash attack") is refused.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** bcrypt's limit, in UTF-8 bytes. */
    public static final int MAX_BYTES = 72;

    static final int MIN_SCORE = 3;

    private PasswordPolicy() {}

    /** The message key of what is wrong with the password, or empty when it is acceptable. */
    public static Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (!fitsTheHash(password)) {
            return Optional.of("password.tooLong");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("password.sameAsUsername");
        }
        if (Guessability.score(password, username) < MIN_SCORE) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Whether bcrypt can hash (and so check) this password without refusing it. */
    static boolean fitsTheHash(CharSequence password) {
        return password.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    /** One zxcvbn instance: its dictionaries take about half a second to load, then it is thread-safe. */
    private static final class Guessability {

        private static final Zxcvbn ZXCVBN = new Zxcvbn();

        static int score(String password, String username) {
            return ZXCVBN.measure(password, username == null ? List.of() : List.of(username))
                    .getScore();
        }
    }
}
