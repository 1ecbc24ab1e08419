package org.salus.home;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The home page, {@code salus.home.*}.
 *
 * @param featured slugs of the topics linked from the home page, in order; one that is not published is skipped
 * @param featuredQuiz slug of the quiz the home page features; when unset, or not a published quiz,
 *     the home page features a different published quiz each day (UTC)
 * @param featuredEs slugs of the Spanish articles linked from the Spanish home page ({@code /es}), in
 *     order; one that is not published is skipped
 */
@ConfigurationProperties("salus.home")
public record HomeProperties(
        @DefaultValue({
            "insulin-resistance",
            "prediabetes",
            "type-2-diabetes",
            "high-blood-pressure",
            "high-cholesterol-in-children",
            "obesity"
        })
        List<String> featured,

        String featuredQuiz,

        @DefaultValue({
            "resistencia-insulina",
            "estado-prediabetico",
            "diabetes-tipo-2",
            "presion-arterial-alta",
            "colesterol-alto-en-ninos"
        })
        List<String> featuredEs) {}
