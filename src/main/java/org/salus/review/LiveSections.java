package org.salus.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.salus.article.Section;

/**
 * {@code editor/sectionConfirm.jte}: the live revision's sections with the date each was last
 * confirmed on its own, for a reviewer to confirm one section without reviewing the whole page.
 */
public record LiveSections(List<Section> sections, Map<String, LocalDate> confirmed) {

    static final LiveSections NONE = new LiveSections(List.of(), Map.of());

    public LocalDate confirmedOn(Section section) {
        return confirmed.get(section.anchor());
    }
}
