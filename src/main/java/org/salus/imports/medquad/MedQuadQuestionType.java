package org.salus.imports.medquad;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.salus.article.SectionType;

/**
 * The question types ({@code qtype}) of the eight NIH subsets, and the article section each
 * becomes. Every type in the data is here; the order is the order of sections on the page.
 *
 * <p>Headings are fixed consumer questions in the site's style ("What are the symptoms?"), not
 * MedQuAD's question text, which is generated ("What is (are) Acromegaly ?", lower case in NINDS,
 * "Who is at risk for ? ?" where the focus was lost). Types without a section type of their own
 * (outlook, who is at risk, how common, inheritance, stages, complications, research) become
 * {@code other} sections; their fixed headings give them stable anchors ({@code #what-is-the-outlook}).
 * Genetic changes are what cause a genetic condition, so they join the causes section, as
 * MedlinePlus Genetics calls them. NIDDK's "considerations" are eating, diet and nutrition advice
 * ({@code living-with}) or, when the answer is a bullet list, the page's "Points to Remember".
 */
enum MedQuadQuestionType {
    INFORMATION("information", SectionType.OVERVIEW, "What is it?"),
    SYMPTOMS("symptoms", SectionType.SYMPTOMS, "What are the symptoms?"),
    CAUSES("causes", SectionType.CAUSES, "What causes it?"),
    GENETIC_CHANGES("genetic changes", SectionType.CAUSES, "What causes it?"),
    SUSCEPTIBILITY("susceptibility", SectionType.OTHER, "Who is at risk?"),
    FREQUENCY("frequency", SectionType.OTHER, "How common is it?"),
    INHERITANCE("inheritance", SectionType.OTHER, "Is it inherited?"),
    EXAMS_AND_TESTS("exams and tests", SectionType.DIAGNOSIS, "How is it diagnosed?"),
    STAGES("stages", SectionType.OTHER, "What are the stages?"),
    TREATMENT("treatment", SectionType.TREATMENT, "How is it treated?"),
    PREVENTION("prevention", SectionType.PREVENTION, "Can it be prevented?"),
    OUTLOOK("outlook", SectionType.OTHER, "What is the outlook?"),
    COMPLICATIONS("complications", SectionType.OTHER, "What are the complications?"),
    CONSIDERATIONS("considerations", SectionType.LIVING_WITH, "Living with it"),
    SUPPORT_GROUPS("support groups", SectionType.LIVING_WITH, "Living with it"),
    RESEARCH("research", SectionType.OTHER, "What research is being done?"),
    /** Not a qtype: a "considerations" answer that is a list of key points. */
    POINTS_TO_REMEMBER(null, SectionType.OTHER, "Points to remember");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String qtype;
    private final SectionType section;
    private final String heading;

    MedQuadQuestionType(String qtype, SectionType section, String heading) {
        this.qtype = qtype;
        this.section = section;
        this.heading = heading;
    }

    SectionType section() {
        return section;
    }

    String heading() {
        return heading;
    }

    /**
     * The type of a question with this {@code qtype} and answer; empty for a qtype MedQuAD's NIH
     * subsets do not use.
     */
    static Optional<MedQuadQuestionType> of(String qtype, String answer) {
        String wanted = SPACES.matcher(qtype.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
        return Arrays.stream(values())
                .filter(type -> wanted.equals(type.qtype))
                .findFirst()
                .map(type -> type == CONSIDERATIONS && startsWithItem(answer) ? POINTS_TO_REMEMBER : type);
    }

    /** Whether the answer opens with a list item ({@code "- "}), as NIDDK's "Points to Remember" do. */
    private static boolean startsWithItem(String answer) {
        String text = answer.stripLeading();
        return text.length() > 1 && text.charAt(0) == '-' && Character.isWhitespace(text.charAt(1));
    }
}
