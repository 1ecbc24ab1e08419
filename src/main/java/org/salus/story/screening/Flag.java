package org.salus.story.screening;

import java.util.Locale;
import java.util.Optional;

/**
 * What the screener can flag in a reader's story. Personal-data flags ({@link #personalData()})
 * are masked in {@link ScreeningResult#maskedText()}; the others are only reported to the
 * moderator. {@link #code()} is the stable lowercase-hyphen form to store or show in URLs.
 */
public enum Flag {
    EMAIL(true, "[email removed]"),
    PHONE(true, "[phone removed]"),
    /** Web links are treated like personal data: they can identify the writer and are masked. */
    URL(true, "[link removed]"),
    STREET_ADDRESS(true, "[address removed]"),
    DATE_OF_BIRTH(true, "[date of birth removed]"),
    /** Medical record, insurance, member, NHS, Social Security and similar numbers. */
    ID_NUMBER(true, "[ID number removed]"),
    /** Names of people: doctors, nurses, relatives, or the writer's own name. */
    PERSON_NAME(true, "[name removed]"),
    PROFANITY(false, null),
    /** Mostly capital letters. */
    SHOUTING(false, null),
    /** Advertising, promo codes, many links or the same text repeated. */
    SPAM(false, null),
    /** Only a question, or only a complaint about a provider, with no personal health experience. */
    NOT_AN_EXPERIENCE(false, null),
    /** Suicide, self-harm or wanting-to-die language: the story needs urgent human attention. */
    CRISIS(false, null);

    private final boolean personalData;
    private final String placeholder;

    Flag(boolean personalData, String placeholder) {
        this.personalData = personalData;
        this.placeholder = placeholder;
    }

    /** True when findings of this kind are masked before anyone sees the text. */
    public boolean personalData() {
        return personalData;
    }

    /** Lowercase-hyphen code, e.g. {@code "street-address"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The bracketed text that replaces a personal-data finding, e.g. "[phone removed]". */
    public Optional<String> placeholder() {
        return Optional.ofNullable(placeholder);
    }

    /** The flag with the given {@link #code()}, if any. */
    public static Optional<Flag> fromCode(String code) {
        for (Flag flag : values()) {
            if (flag.code().equals(code)) {
                return Optional.of(flag);
            }
        }
        return Optional.empty();
    }
}
