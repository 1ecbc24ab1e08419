package org.salus.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.salus.web.SafetyProperties.Line;
import org.salus.web.SafetyProperties.Local;
import org.salus.web.SafetyProperties.Way;

/**
 * The US numbers {@link SafetyProperties} uses when none are set, told in English and in Spanish (the Spanish
 * edition serves Spanish speakers in the US, so the numbers are the same). Facts as 988lifeline.org,
 * 988lineadevida.org, crisistextline.org and poisonhelp.hrsa.gov state them: 988 answers calls, texts and
 * chats at any hour, in English and Spanish (press 2, or text AYUDA), with interpreters for more than 240
 * other languages on calls.
 */
final class UsDefaults {

    static final Map<String, Local> LOCALES = locales();

    private UsDefaults() {}

    private static Map<String, Local> locales() {
        Map<String, Local> locales = new LinkedHashMap<>();
        locales.put("en", english());
        locales.put("es", spanish());
        return Collections.unmodifiableMap(locales);
    }

    private static Local english() {
        Line lifeline = new Line(
                "988 Suicide & Crisis Lifeline",
                "988",
                Set.of(Way.CALL, Way.TEXT, Way.CHAT),
                null,
                "https://988lifeline.org/chat",
                "24 hours a day, 7 days a week",
                "English and Spanish, with interpreters for more than 240 other languages on calls");
        Line textLine = new Line(
                "Crisis Text Line",
                "741741",
                Set.of(Way.TEXT),
                "HOME",
                null,
                "24 hours a day, 7 days a week",
                "English");
        Line poison = new Line(
                "Poison Help", "1-800-222-1222", Set.of(Way.CALL), null, null, "24 hours a day, 7 days a week", null);
        return new Local("911", List.of(lifeline, textLine), poison);
    }

    private static Local spanish() {
        Line lifeline = new Line(
                "988 Lifeline (Línea de Prevención del Suicidio y Crisis)",
                "988",
                Set.of(Way.CALL, Way.TEXT, Way.CHAT),
                "AYUDA",
                "https://988lineadevida.org",
                "las 24 horas, todos los días",
                "en español: al llamar, oprima el 2; por mensaje de texto, escriba AYUDA");
        Line poison = new Line(
                "Poison Help (control de envenenamientos)",
                "1-800-222-1222",
                Set.of(Way.CALL),
                null,
                null,
                "las 24 horas, todos los días",
                "en español y otros idiomas");
        return new Local("911", List.of(lifeline), poison);
    }
}
