package org.salus.quality;

import java.util.Arrays;
import java.util.List;

/**
 * Every item the panel shows, with the PEMAT (P, printable materials: 1–19 understandability, 20–26
 * actionability) and CDC Clear Communication Index (CCI) items it stands for. Automated items are
 * checked on the text; the others are listed for a person to judge. {@code englishOnly}: the check
 * reads English words, so on text in another language it is handed to a person.
 */
public enum QualityItem {
    PURPOSE("PEMAT 1; CCI 2", true, false, false),
    MAIN_MESSAGE_FIRST("CCI 2, 10", true, false, false),
    TERMS_DEFINED("PEMAT 4", true, true, false),
    ACTIVE_VOICE("PEMAT 5; CCI 6", true, true, true),
    NUMBERS_CLEAR("PEMAT 6; CCI 15, 16", true, true, false),
    NO_CALCULATIONS("PEMAT 7; CCI 17", true, true, true),
    SHORT_SECTIONS("PEMAT 8; CCI 9", true, true, false),
    INFORMATIVE_HEADINGS("PEMAT 9; CCI 9", true, true, false),
    SUMMARY("PEMAT 11; CCI 10", true, false, false),
    VISUAL_CUES("PEMAT 12; CCI 3", true, false, false),
    LISTS("CCI 8", true, false, false),
    SIMPLE_TABLES("PEMAT 19", true, true, false),
    ACTION("PEMAT 20; CCI 5, 12", true, false, true),
    ADDRESSES_READER("PEMAT 21", true, false, true),
    STEPS_IN_LISTS("PEMAT 22; CCI 14", true, true, true),
    WHAT_IT_MEANS("CCI 13", true, false, true),
    NO_DISTRACTIONS("PEMAT 2", false, false, false),
    EVERYDAY_WORDS("PEMAT 3; CCI 7", false, false, false),
    LOGICAL_ORDER("PEMAT 10", false, false, false),
    ONE_MAIN_MESSAGE("CCI 1", false, false, false),
    VISUAL_AIDS("PEMAT 15–18, 26; CCI 4", false, false, false),
    TANGIBLE_TOOL("PEMAT 23", false, false, false),
    CALCULATION_HELP("PEMAT 24, 25", false, false, false),
    STATE_OF_SCIENCE("CCI 11", false, false, false),
    RISK("CCI 18–20", false, false, false);

    private final String sources;
    private final boolean automated;
    private final boolean perSection;
    private final boolean englishOnly;

    QualityItem(String sources, boolean automated, boolean perSection, boolean englishOnly) {
        this.sources = sources;
        this.automated = automated;
        this.perSection = perSection;
        this.englishOnly = englishOnly;
    }

    /** The source items, e.g. "PEMAT 5; CCI 6". */
    public String sources() {
        return sources;
    }

    public boolean automated() {
        return automated;
    }

    /** Checked in each section too (the whole fails when a section does). */
    public boolean perSection() {
        return perSection;
    }

    public boolean englishOnly() {
        return englishOnly;
    }

    /** The key of the item's name in the message bundles: {@code quality.item.active-voice}. */
    public String messageKey() {
        return "quality.item." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The items only a person can judge. */
    public static List<QualityItem> forPeople() {
        return Arrays.stream(values()).filter(i -> !i.automated).toList();
    }
}
