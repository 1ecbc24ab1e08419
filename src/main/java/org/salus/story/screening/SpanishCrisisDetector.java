package org.salus.story.screening;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@link CrisisDetector}'s phrases in Spanish ("quiero morirme", "quitarme la vida", "suicidio",
 * "hacerme daño"), for stories sent from the Spanish edition or written in Spanish anywhere: every
 * story is screened by both, whatever the page's language, because readers write in the language
 * they think in.
 *
 * <p>As in English the phrases are specific, so "me muero de risa", "cortarme el pelo" and the
 * negated wish "no quiero morir joven" do not match; when in doubt the list errs towards flagging,
 * as a person reads every flagged story. Accents are optional (readers often type without them).
 */
final class SpanishCrisisDetector implements Detector {

    /** Not after "no " or "nunca ": "no quiero morir" is the opposite wish. */
    private static final String NOT_NEGATED = "(?<!\\bno\\s)(?<!\\bnunca\\s)(?<!\\bno\\sme\\s)(?<!\\bnunca\\sme\\s)";

    private static final Pattern CRISIS = Pattern.compile("(?iu)(?<![\\p{L}])(?:"
            + NOT_NEGATED + "(?:me\\s+)?(?:quiero|quisiera|quer[ií]a|deseo|dese[ée])\\s+morir(?:me)?"
            + "|ganas\\s+de\\s+morir(?:me)?"
            + "|suicid(?:io|ios|a|as|arme|arse|ar|[ée]|al)"
            + "|mat(?:arme|[ée]me)"
            + "|me\\s+voy\\s+a\\s+matar|me\\s+quiero\\s+matar"
            + "|(?:quitarme|quit[ée]me|me\\s+quit[ée])\\s+la\\s+vida"
            + "|(?:acabar|terminar|acab[ée]|termin[ée])\\s+con\\s+(?:mi\\s+vida|todo)"
            + "|no\\s+quiero\\s+(?:vivir|seguir\\s+viviendo|estar\\s+aqu[ií]|despertar)(?:\\s+m[aá]s)?"
            + "|no\\s+(?:tengo|hay)\\s+(?:ninguna\\s+)?(?:raz[oó]n|motivo)\\s+para\\s+(?:vivir|seguir)"
            + "|no\\s+vale\\s+la\\s+pena\\s+vivir"
            + "|(?:hacerme|me\\s+hago|me\\s+hice)\\s+da[ñn]o(?!\\s+(?:en\\s+(?:la|el)\\s+\\p{L}+|al\\s+\\p{L}+))"
            + "|autolesi(?:[oó]n|ones|onarme|onando|ono)"
            + "|cort(?:arme|[ée]me|[aá]ndome)(?!\\s+(?:el|la|los|las|un|una|mi|mis)\\s)"
            + "|me\\s+cort[ée]\\s+a\\s+prop[oó]sito|me\\s+corto\\s+a\\s+prop[oó]sito"
            + "|(?:estar[ií]an?|est[aá]n)\\s+mejor\\s+sin\\s+m[ií]"
            + "|(?:estar[ií]a|estar)\\s+mejor\\s+muert[oa]"
            + "|sobredosis\\s+a\\s+prop[oó]sito"
            + ")(?![\\p{L}])");

    @Override
    public void detect(String text, List<Finding> out) {
        Detector.everyMatch(
                CRISIS,
                text,
                Flag.CRISIS,
                "Possible suicide or self-harm language (Spanish): needs urgent review",
                out);
    }
}
