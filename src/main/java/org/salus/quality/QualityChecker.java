package org.salus.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Runs the automated PEMAT / CDC Clear Communication Index checks on a text (the rules and their
 * source items are in docs/quality-checks.md). Pure: the same text and terms give the same report.
 */
public final class QualityChecker {

    static final int MAX_SECTION_WORDS = 300;
    static final int MAX_OPENING_WORDS = 60;
    static final int MAX_OPENING_SENTENCES = 3;
    static final int MAX_TABLE_COLUMNS = 6;
    static final int MAX_TABLE_HEADING_WORDS = 6;

    private static final Set<String> GENERIC_HEADINGS = Set.of(
            "section",
            "information",
            "info",
            "details",
            "more",
            "more information",
            "other",
            "others",
            "misc",
            "miscellaneous",
            "general",
            "introduction",
            "notes",
            "text",
            "part",
            "untitled",
            "content",
            "sección",
            "información",
            "más información",
            "detalles",
            "otros",
            "otro",
            "introducción",
            "notas",
            "texto",
            "contenido");
    private static final Set<String> STOP_WORDS = Set.of(
            "about", "after", "with", "your", "from", "that", "this", "what", "when", "where", "which", "sobre", "para",
            "como", "cuando", "desde", "entre", "este", "esta");
    private static final Pattern SUMMARY_HEADING =
            Pattern.compile("summary|key points|in short|at a glance|resumen|puntos clave|en breve");
    private static final Pattern UNNEEDED_DECIMAL = Pattern.compile("(?<![\\d.,])\\d+\\.(?:\\d*0|\\d{2,})(?![\\d.])");
    private static final Pattern PERCENT = Pattern.compile(
            "(\\d+(?:[.,]\\d+)?)\\s*(?:%|percent\\b|per cent\\b|por ciento\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern CALCULATION = Pattern.compile(
            "\\b(?:calculate|multiply|divide|subtract|add up|work out (?:your|how)|times your)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> IMPERATIVES = Set.of(
            "apply",
            "ask",
            "close",
            "count",
            "fill",
            "hold",
            "lie",
            "lift",
            "open",
            "place",
            "press",
            "pull",
            "push",
            "remove",
            "repeat",
            "rinse",
            "shake",
            "swallow",
            "turn",
            "wait",
            "avoid",
            "book",
            "breathe",
            "bring",
            "brush",
            "call",
            "check",
            "choose",
            "clean",
            "contact",
            "cover",
            "cut",
            "dial",
            "do",
            "don't",
            "drink",
            "eat",
            "exercise",
            "find",
            "follow",
            "get",
            "give",
            "go",
            "keep",
            "learn",
            "let",
            "limit",
            "make",
            "measure",
            "never",
            "phone",
            "plan",
            "protect",
            "put",
            "quit",
            "read",
            "record",
            "remember",
            "rest",
            "see",
            "seek",
            "sit",
            "sleep",
            "stay",
            "stop",
            "store",
            "take",
            "talk",
            "tell",
            "throw",
            "try",
            "use",
            "visit",
            "walk",
            "wash",
            "watch",
            "wear",
            "write");
    private static final Set<String> LEADING_WORDS =
            Set.of("first", "second", "third", "then", "next", "finally", "lastly", "now", "also", "always", "please");
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "\\b(?:you should|you can|you need to|you may want to|you must|we recommend|it is important to|try to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern THIRD_PERSON = Pattern.compile(
            "\\b(?:patients|the patient|people|individuals|persons|sufferers|one)\\s+(?:should|must|need to|ought to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern YOU = Pattern.compile("\\b(?:you|your|yours|yourself)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REASON = Pattern.compile(
            "\\b(?:because|so that|this means|which means|helps you|can help|will help|to lower|to reduce|to prevent"
                    + "|to protect|to avoid|to keep|important)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SEQUENCE_WORD = Pattern.compile(
            "\\b(?:first|second|third|then|next|after that|afterwards|finally|lastly)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLAINED_AFTER =
            Pattern.compile("^\\s*(?:\\(|,\\s*(?:a|an|the|which|or)\\b|\\s*[—–-]\\s|\\s+(?:is|are|means)\\b)");
    private static final Pattern EXPLAINED_BEFORE = Pattern.compile(
            "\\b(?:called|known as|named|llamad[oa]s?|conocid[oa]s? como)\\s*$", Pattern.CASE_INSENSITIVE);

    private QualityChecker() {}

    /** The report of {@code text}, with {@code terms} the dictionary's words in the text's language. */
    public static QualityReport check(QualityText text, List<KnownTerms.Term> terms) {
        boolean english = text.language() == null || text.language().startsWith("en");
        List<SectionText> sections = text.sections().stream()
                .map(p -> new SectionText(p.heading(), p.html(), english))
                .toList();
        List<QualityReport.SectionResult> perSection = sections.stream()
                .map(s -> new QualityReport.SectionResult(s.heading, sectionChecks(s, terms, english)))
                .toList();
        List<CheckResult> whole = new ArrayList<>();
        for (QualityItem item : QualityItem.values()) {
            whole.add(wholeResult(item, text, sections, perSection, english));
        }
        return new QualityReport(whole, perSection, score(whole));
    }

    static int score(List<CheckResult> whole) {
        long passed =
                whole.stream().filter(r -> r.status() == CheckStatus.PASSED).count();
        long failed =
                whole.stream().filter(r -> r.status() == CheckStatus.FAILED).count();
        return passed + failed == 0 ? 100 : (int) (passed * 100 / (passed + failed));
    }

    private static List<CheckResult> sectionChecks(SectionText s, List<KnownTerms.Term> terms, boolean english) {
        List<CheckResult> results = new ArrayList<>();
        for (QualityItem item : QualityItem.values()) {
            if (!item.perSection()) {
                continue;
            }
            if (item.englishOnly() && !english) {
                results.add(CheckResult.human(item, "quality.reason.englishOnly"));
                continue;
            }
            results.add(
                    switch (item) {
                        case TERMS_DEFINED -> termsDefined(s, terms);
                        case ACTIVE_VOICE -> activeVoice(s);
                        case NUMBERS_CLEAR -> numbersClear(s);
                        case NO_CALCULATIONS -> noCalculations(s);
                        case SHORT_SECTIONS -> shortSection(s);
                        case INFORMATIVE_HEADINGS -> informativeHeading(s);
                        case SIMPLE_TABLES -> simpleTables(s);
                        case STEPS_IN_LISTS -> stepsInLists(s);
                        default -> throw new IllegalStateException(item.name());
                    });
        }
        return results;
    }

    private static CheckResult wholeResult(
            QualityItem item,
            QualityText text,
            List<SectionText> sections,
            List<QualityReport.SectionResult> perSection,
            boolean english) {
        if (!item.automated()) {
            return CheckResult.human(item, "quality.reason.person");
        }
        if (item.englishOnly() && !english) {
            return CheckResult.human(item, "quality.reason.englishOnly");
        }
        if (item.perSection()) {
            return fromSections(item, perSection);
        }
        return switch (item) {
            case PURPOSE -> purpose(text, sections);
            case MAIN_MESSAGE_FIRST -> mainMessageFirst(sections);
            case SUMMARY -> summary(text, sections);
            case VISUAL_CUES -> anyMarkup(sections, "ul, ol, strong, b, table", item, "quality.reason.noVisualCues");
            case LISTS -> anyMarkup(sections, "ul, ol", item, "quality.reason.noLists");
            case ACTION -> action(sections);
            case ADDRESSES_READER -> addressesReader(sections);
            case WHAT_IT_MEANS -> whatItMeans(sections);
            default -> throw new IllegalStateException(item.name());
        };
    }

    /** A per-section item for the whole: failed if a section failed (naming them), else passed or not applicable. */
    private static CheckResult fromSections(QualityItem item, List<QualityReport.SectionResult> perSection) {
        List<String> failing = perSection.stream()
                .filter(s -> s.results().stream().anyMatch(r -> r.item() == item && r.status() == CheckStatus.FAILED))
                .map(QualityReport.SectionResult::heading)
                .toList();
        if (!failing.isEmpty()) {
            return CheckResult.failed(item, "quality.reason.inSections", String.join("; ", failing));
        }
        boolean anyPassed = perSection.stream()
                .flatMap(s -> s.results().stream())
                .anyMatch(r -> r.item() == item && r.status() == CheckStatus.PASSED);
        return anyPassed ? CheckResult.passed(item) : CheckResult.notApplicable(item);
    }

    // ---- whole-article checks

    private static CheckResult purpose(QualityText text, List<SectionText> sections) {
        Optional<String> opening = opening(sections);
        if (opening.isEmpty()) {
            return CheckResult.failed(QualityItem.PURPOSE, "quality.reason.noText");
        }
        List<String> topic = Arrays.stream(text.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() >= 4 && !STOP_WORDS.contains(w))
                .toList();
        String first = opening.get().toLowerCase(Locale.ROOT);
        boolean named = topic.isEmpty()
                || topic.stream().anyMatch(w -> first.contains(w.substring(0, Math.min(w.length(), 5))));
        return named
                ? CheckResult.passed(QualityItem.PURPOSE)
                : CheckResult.failed(QualityItem.PURPOSE, "quality.reason.purpose", text.title());
    }

    private static CheckResult mainMessageFirst(List<SectionText> sections) {
        Optional<String> opening = opening(sections);
        if (opening.isEmpty()) {
            return CheckResult.failed(QualityItem.MAIN_MESSAGE_FIRST, "quality.reason.noText");
        }
        int words = SectionText.count(opening.get());
        int sentences = SectionText.sentences(opening.get()).size();
        return words <= MAX_OPENING_WORDS && sentences <= MAX_OPENING_SENTENCES
                ? CheckResult.passed(QualityItem.MAIN_MESSAGE_FIRST)
                : CheckResult.failed(
                        QualityItem.MAIN_MESSAGE_FIRST,
                        "quality.reason.longOpening",
                        String.valueOf(words),
                        String.valueOf(sentences));
    }

    /** The first paragraph of the first section (or its first block when it has no paragraph). */
    private static Optional<String> opening(List<SectionText> sections) {
        return sections.stream()
                .filter(s -> !s.blocks.isEmpty())
                .findFirst()
                .map(s -> s.paragraphs.isEmpty() ? s.blocks.get(0) : s.paragraphs.get(0));
    }

    private static CheckResult summary(QualityText text, List<SectionText> sections) {
        boolean hasSummary = SectionText.count(text.summary()) >= 3
                || sections.stream()
                        .anyMatch(s -> SUMMARY_HEADING
                                .matcher(s.heading.toLowerCase(Locale.ROOT))
                                .find());
        return hasSummary
                ? CheckResult.passed(QualityItem.SUMMARY)
                : CheckResult.failed(QualityItem.SUMMARY, "quality.reason.noSummary");
    }

    private static CheckResult anyMarkup(List<SectionText> sections, String query, QualityItem item, String reason) {
        return sections.stream().anyMatch(s -> s.has(query))
                ? CheckResult.passed(item)
                : CheckResult.failed(item, reason);
    }

    private static CheckResult action(List<SectionText> sections) {
        return firstSentence(sections, QualityChecker::isRecommendation)
                .map(s -> CheckResult.passed(QualityItem.ACTION, "quality.reason.actionFound", s))
                .orElseGet(() -> CheckResult.failed(QualityItem.ACTION, "quality.reason.noAction"));
    }

    private static CheckResult addressesReader(List<SectionText> sections) {
        Optional<String> thirdPerson =
                firstSentence(sections, s -> THIRD_PERSON.matcher(s).find());
        if (thirdPerson.isPresent()) {
            return CheckResult.failed(QualityItem.ADDRESSES_READER, "quality.reason.thirdPerson", thirdPerson.get());
        }
        boolean direct = firstSentence(sections, s -> YOU.matcher(s).find() || startsWithImperative(s))
                .isPresent();
        return direct
                ? CheckResult.passed(QualityItem.ADDRESSES_READER)
                : CheckResult.failed(QualityItem.ADDRESSES_READER, "quality.reason.notDirect");
    }

    private static CheckResult whatItMeans(List<SectionText> sections) {
        return firstSentence(
                        sections,
                        s -> YOU.matcher(s).find() && REASON.matcher(s).find())
                .map(s -> CheckResult.passed(QualityItem.WHAT_IT_MEANS, "quality.reason.meaningFound", s))
                .orElseGet(() -> CheckResult.failed(QualityItem.WHAT_IT_MEANS, "quality.reason.noMeaning"));
    }

    private static Optional<String> firstSentence(
            List<SectionText> sections, java.util.function.Predicate<String> test) {
        return sections.stream().flatMap(s -> s.sentences.stream()).filter(test).findFirst();
    }

    static boolean isRecommendation(String sentence) {
        return startsWithImperative(sentence)
                || RECOMMENDATION.matcher(sentence).find();
    }

    /** "Take …", "First, shake …": an instruction, after at most one sequence word. */
    static boolean startsWithImperative(String sentence) {
        String[] words =
                sentence.strip().toLowerCase(Locale.ROOT).replace('’', '\'').split("[\\s,:;]+", 3);
        int first = words.length > 1 && LEADING_WORDS.contains(words[0]) ? 1 : 0;
        return IMPERATIVES.contains(words[first]);
    }

    // ---- per-section checks

    private static CheckResult termsDefined(SectionText s, List<KnownTerms.Term> terms) {
        boolean mentioned = false;
        for (KnownTerms.Term term : terms) {
            for (String name : term.names()) {
                Optional<String> sentence = mentionIn(s, name);
                if (sentence.isEmpty()) {
                    continue;
                }
                mentioned = true;
                if (!s.linkedTerms.contains(term.slug()) && !explains(s, name)) {
                    return CheckResult.failed(QualityItem.TERMS_DEFINED, "quality.reason.termUndefined", name);
                }
            }
        }
        return mentioned
                ? CheckResult.passed(QualityItem.TERMS_DEFINED)
                : CheckResult.notApplicable(QualityItem.TERMS_DEFINED);
    }

    private static Pattern wordPattern(String name) {
        return Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(name) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Optional<String> mentionIn(SectionText s, String name) {
        Pattern word = wordPattern(name);
        return s.sentences.stream().filter(x -> word.matcher(x).find()).findFirst();
    }

    /** "X (…)", "X is …", "X, a …", "X — …" or "… called X" in any sentence of the section. */
    private static boolean explains(SectionText s, String name) {
        Pattern word = wordPattern(name);
        for (String sentence : s.sentences) {
            Matcher m = word.matcher(sentence);
            while (m.find()) {
                if (EXPLAINED_AFTER.matcher(sentence.substring(m.end())).find()
                        || EXPLAINED_BEFORE
                                .matcher(sentence.substring(0, m.start()))
                                .find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static CheckResult activeVoice(SectionText s) {
        List<String> passive =
                s.sentences.stream().filter(PassiveVoice::isPassive).toList();
        if (s.sentences.isEmpty()) {
            return CheckResult.notApplicable(QualityItem.ACTIVE_VOICE);
        }
        // Fails when more than one sentence in five is passive.
        return passive.size() * 5 > s.sentences.size()
                ? CheckResult.failed(
                        QualityItem.ACTIVE_VOICE,
                        "quality.reason.passive",
                        String.valueOf(passive.size()),
                        String.valueOf(s.sentences.size()),
                        passive.get(0))
                : CheckResult.passed(QualityItem.ACTIVE_VOICE);
    }

    private static CheckResult numbersClear(SectionText s) {
        String text = String.join(" ", s.blocks);
        if (!DIGIT.matcher(text).find()) {
            return CheckResult.notApplicable(QualityItem.NUMBERS_CLEAR);
        }
        Matcher percent = PERCENT.matcher(text);
        if (percent.find()) {
            return CheckResult.failed(
                    QualityItem.NUMBERS_CLEAR,
                    "quality.reason.percent",
                    percent.group().strip(),
                    naturalFrequency(percent.group(1), s.english));
        }
        Matcher decimal = UNNEEDED_DECIMAL.matcher(text);
        if (decimal.find()) {
            return CheckResult.failed(QualityItem.NUMBERS_CLEAR, "quality.reason.decimal", decimal.group());
        }
        return CheckResult.passed(QualityItem.NUMBERS_CLEAR);
    }

    /** "25" → "25 in 100"; "0.5" → "5 in 1,000": the natural frequency a reader pictures. */
    static String naturalFrequency(String percent, boolean english) {
        double p = Double.parseDouble(percent.replace(',', '.'));
        String in = english ? " in " : " de cada ";
        if (p >= 1 || p == 0) {
            return Math.round(p) + in + "100";
        }
        return Math.round(p * 10) + in + (english ? "1,000" : "1000");
    }

    private static CheckResult noCalculations(SectionText s) {
        return s.sentences.stream()
                .filter(x -> CALCULATION.matcher(x).find())
                .findFirst()
                .map(x -> CheckResult.failed(QualityItem.NO_CALCULATIONS, "quality.reason.calculation", x))
                .orElseGet(() -> CheckResult.passed(QualityItem.NO_CALCULATIONS));
    }

    private static CheckResult shortSection(SectionText s) {
        return s.words > MAX_SECTION_WORDS
                ? CheckResult.failed(QualityItem.SHORT_SECTIONS, "quality.reason.longSection", String.valueOf(s.words))
                : CheckResult.passed(QualityItem.SHORT_SECTIONS);
    }

    private static CheckResult informativeHeading(SectionText s) {
        String h = s.heading
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\d ]", "")
                .strip();
        return h.isEmpty() || GENERIC_HEADINGS.contains(h) || h.matches("\\d+")
                ? CheckResult.failed(QualityItem.INFORMATIVE_HEADINGS, "quality.reason.heading", s.heading)
                : CheckResult.passed(QualityItem.INFORMATIVE_HEADINGS);
    }

    private static CheckResult simpleTables(SectionText s) {
        List<Element> tables = s.all("table");
        if (tables.isEmpty()) {
            return CheckResult.notApplicable(QualityItem.SIMPLE_TABLES);
        }
        for (Element table : tables) {
            if (table.select("th").isEmpty()) {
                return CheckResult.failed(QualityItem.SIMPLE_TABLES, "quality.reason.tableNoHeadings");
            }
            int columns = table.select("tr").stream()
                    .mapToInt(tr -> tr.select("> th, > td").size())
                    .max()
                    .orElse(0);
            if (columns > MAX_TABLE_COLUMNS) {
                return CheckResult.failed(
                        QualityItem.SIMPLE_TABLES, "quality.reason.tableWide", String.valueOf(columns));
            }
            Function<Element, Integer> words = th -> SectionText.count(th.text());
            for (Element th : table.select("th")) {
                if (words.apply(th) > MAX_TABLE_HEADING_WORDS) {
                    return CheckResult.failed(QualityItem.SIMPLE_TABLES, "quality.reason.tableHeading", th.text());
                }
            }
        }
        return CheckResult.passed(QualityItem.SIMPLE_TABLES);
    }

    /** Steps written as running text: a paragraph with three sequence words, or three instructions in a row. */
    private static CheckResult stepsInLists(SectionText s) {
        for (String paragraph : s.paragraphs) {
            int sequence = 0;
            Matcher m = SEQUENCE_WORD.matcher(paragraph);
            while (m.find()) {
                sequence++;
            }
            long instructions = SectionText.sentences(paragraph).stream()
                    .filter(QualityChecker::startsWithImperative)
                    .count();
            if (sequence >= 3 || instructions >= 3) {
                return CheckResult.failed(QualityItem.STEPS_IN_LISTS, "quality.reason.stepsInText", start(paragraph));
            }
        }
        return CheckResult.passed(QualityItem.STEPS_IN_LISTS);
    }

    private static String start(String paragraph) {
        return paragraph.length() <= 60 ? paragraph : paragraph.substring(0, 57).strip() + "…";
    }
}
