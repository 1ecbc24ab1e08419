package org.salus.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * What must survive a translation unchanged: numbers with their units, doses, percentages, ranges,
 * blood-pressure readings, phone numbers and codes. {@link #compare} lists what the original has and
 * the translation lacks, and what only the translation has, so a reviewer sees "911" turned into "112"
 * or "500 mg" into "50 mg" before approving. Plain regular expressions: the rules below are a few
 * lines each, and no library reads numbers written the English and the Spanish way side by side
 * (ICU's number parsing takes one locale per call and would refuse, not reconcile, the other one).
 *
 * <p>The rules, chosen so a faithful English–Spanish translation gives no differences:
 *
 * <ul>
 *   <li><b>Decimal commas and grouping.</b> "6.5" and "6,5" are both six and a half. A single
 *       separator followed by exactly three digits ("1,000", "1.000") is read both ways, a thousand
 *       or one-point-zero-zero-zero, and two numbers match when they share a reading; so "1,000 mg"
 *       and "1.000 mg" match, "1,5 mg" does not match "1,500 mg", and "5,6" never matches "6.5".
 *       Digits are compared as written (with their decimals): "1.5" and "1.50" differ. A space,
 *       no-break space or thin space before a group of three digits groups ("10 000").
 *   <li><b>Spacing.</b> Any spacing between a number and its unit is accepted ("6,5 %", "500mg").
 *   <li><b>Units</b> are compared after naming them one way: mg/miligramos, mcg/µg, g, kg, mL, L,
 *       mmHg/mm Hg, mg/dL, mmol/L, mmol/mol, mEq/L, %/percent/por ciento, IU/UI, units/unidades,
 *       kcal/calories/calorías, lb/pounds/libras, oz/onzas, cm, inches/pulgadas. Every unit has its
 *       English and its Spanish words here, or the same fact would carry a unit in one text and
 *       not the other. Words of time (hours, days, years/años) are not units: sentences put them in
 *       different places ("at age 45" / "a los 45 años"), so only the number is compared.
 *   <li><b>Ranges</b> ("5.7 to 6.4%", "5,7 % a 6,4 %", "entre 5 y 10 mg") are compared by their
 *       ends; a start without a unit takes the end's unit. Readings with a slash ("120/80",
 *       "24/7") are compared whole.
 *   <li><b>Phone numbers</b> (1-800-222-1222, (800) 222-1222, 1-800-QUIT-NOW) are compared by their
 *       digits; short numbers such as 911 and 988 are numbers like any other.
 *   <li><b>Codes</b>: ICD-10 ("E11.9", "I10": a capital letter and two digits) and LOINC
 *       ("4548-4") are compared as written. A number inside a name ("A1C", "COVID-19", "omega-3")
 *       is part of the name and not compared.
 *   <li><b>Not compared</b>: numbers written as words ("three", "tres": a "3" facing "tres" is
 *       reported, for the reviewer to accept), years (1900–2099 alone, so they never flood the
 *       list) and dates written with slashes or dashes (9/30/2026 and 30/9/2026 say the same).
 *       Each value counts once: how often it appears is not compared.
 * </ul>
 */
public final class TranslationInvariants {

    /** What kind of value an invariant is: the same digits of different kinds do not match. */
    public enum Kind {
        NUMBER,
        RATIO,
        PHONE,
        CODE,
        TIME
    }

    /**
     * One value as the text writes it.
     *
     * @param text as written, spaces made plain
     * @param unit the unit's one name ("mg", "%"), or "" for none
     * @param readings the values it may mean, digits with "." for decimals ("1000" and "1.000" for "1,000")
     */
    public record Invariant(Kind kind, String text, String unit, Set<String> readings) {

        /** Same kind and unit, and a reading in common. */
        public boolean matches(Invariant other) {
            return kind == other.kind
                    && unit.equals(other.unit)
                    && other.readings.stream().anyMatch(readings::contains);
        }

        Invariant withUnit(String newUnit, String newText) {
            return new Invariant(kind, newText, newUnit, readings);
        }
    }

    /**
     * The differences between an original and its translation, each value once, in text order.
     *
     * @param missing in the original and not (or changed) in the translation
     * @param added only in the translation
     */
    public record Differences(List<Invariant> missing, List<Invariant> added) {

        public boolean none() {
            return missing.isEmpty() && added.isEmpty();
        }
    }

    private static final String SPACE = "[ \\u00A0\\u202F\\u2009]";
    private static final String NUM =
            "(?:\\d{1,3}(?:[.,]\\d{3}|" + SPACE + "\\d{3}(?!\\d))+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?)";

    /** Units, longest spelling first, each with its one name. */
    private static final Map<String, String> UNITS = units();

    private static final Pattern TOKEN = Pattern.compile(
            "(?<phone>(?<![\\d.,])(?:\\+?1[-.\\s])?(?:\\(\\d{3}\\)\\s?|\\d{3}[-.])\\d{3}[-.]\\d{4}(?!\\d)|1-8\\d\\d-[A-Z]{3,}(?:-[A-Z]{3,})*)"
                    + "|(?<date>\\d{1,2}/\\d{1,2}/\\d{2,4}(?!\\d)|\\d{4}-\\d{2}-\\d{2}(?!\\d))"
                    + "|(?<code>(?<![\\p{L}\\d])[A-Z]\\d{2}(?:\\.[0-9A-Z]{1,4})?(?![\\p{L}\\d])|(?<![\\d.,-])\\d{3,5}-\\d(?![\\d.,]))"
                    + "|(?<time>(?<![\\d.,])\\d{1,2}:\\d{2}(?!\\d))"
                    + "|(?<ratio>(?<![\\d.,])" + NUM + "/" + NUM + ")"
                    + "|(?<number>(?<![\\d.,])" + NUM + ")");

    private static final Pattern UNIT_AFTER = Pattern.compile(
            "[ \\u00A0\\u202F\\u2009-]?("
                    + String.join(
                            "|", UNITS.keySet().stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** What may stand between the two ends of a range: dashes, "to", "a", "and", "y", "or", "o". */
    private static final Pattern RANGE_JOIN = Pattern.compile(
            "^\\s*(?:[-–—]|to|through|and|or|a|al|y|o|u|hasta)\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private TranslationInvariants() {}

    /** The differences between an original's text and its translation's (both plain text). */
    public static Differences compare(String original, String translation) {
        List<Invariant> source = extract(original);
        List<Invariant> target = extract(translation);
        return new Differences(unmatched(source, target), unmatched(target, source));
    }

    /** The plain text of rendered HTML, without the dictionary's tooltips (they are not the article's text). */
    public static String textOfHtml(String html) {
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.select(".term-tip").remove();
        return fragment.body().text();
    }

    /** Every invariant of a plain text, in order, each value once. */
    public static List<Invariant> extract(String text) {
        List<Invariant> found = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            if (m.group("date") != null || inName(text, m.start())) {
                continue; // a date, or the digits of a name such as A1C or COVID-19
            }
            Invariant token = token(m);
            int end = m.end();
            if (token.kind() == Kind.NUMBER || token.kind() == Kind.RATIO) {
                Matcher unit = UNIT_AFTER.matcher(text).region(end, text.length());
                if (unit.lookingAt()) {
                    token = token.withUnit(
                            UNITS.get(unit.group(1).toLowerCase(Locale.ROOT)),
                            plain(text.substring(m.start(), unit.end())));
                    end = unit.end();
                }
            }
            found.add(token);
            starts.add(m.start());
            ends.add(end);
        }
        shareRangeUnits(text, found, starts, ends);
        return distinct(found.stream().filter(t -> !isYear(t)).toList());
    }

    /** Digits right after a letter, or a letter and a dash, belong to a name: A1C, COVID-19, omega-3. */
    private static boolean inName(String text, int start) {
        int before = start - 1;
        if (before >= 0 && text.charAt(before) == '-') {
            before--;
        }
        return before >= 0 && Character.isLetter(text.charAt(before));
    }

    private static Invariant token(Matcher m) {
        String text = plain(m.group());
        if (m.group("phone") != null) {
            String digits = text.replaceAll("[^0-9A-Z]", "").replaceFirst("^1(?=[0-9A-Z]{10})", "");
            return new Invariant(Kind.PHONE, text, "", Set.of(digits));
        }
        if (m.group("code") != null) {
            return new Invariant(Kind.CODE, text, "", Set.of(text));
        }
        if (m.group("time") != null) {
            return new Invariant(Kind.TIME, text, "", Set.of(text));
        }
        if (m.group("ratio") != null) {
            String[] parts = text.split("/");
            Set<String> readings = new LinkedHashSet<>();
            for (String a : readings(parts[0])) {
                for (String b : readings(parts[1])) {
                    readings.add(a + "/" + b);
                }
            }
            return new Invariant(Kind.RATIO, text, "", readings);
        }
        return new Invariant(Kind.NUMBER, text, "", readings(text));
    }

    /**
     * The values digits may mean: spaces always group; one kind of separator followed by three
     * digits may group or be a decimal point; the other separator after it is the decimal point.
     */
    static Set<String> readings(String number) {
        String n = number.replaceAll(SPACE, "");
        int comma = n.indexOf(','), dot = n.indexOf('.');
        if (comma < 0 && dot < 0) {
            return Set.of(n);
        }
        if (comma >= 0 && dot >= 0) {
            // both kinds: the last one is the decimal point, the other groups ("1,000.5", "1.000,5")
            char decimal = n.lastIndexOf(',') > n.lastIndexOf('.') ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            return Set.of(n.replace(String.valueOf(group), "").replace(decimal, '.'));
        }
        char sep = comma >= 0 ? ',' : '.';
        String[] parts = n.split(Pattern.quote(String.valueOf(sep)), -1);
        boolean groupsOnly = parts.length > 1 && !parts[0].startsWith("0");
        for (int i = 1; i < parts.length; i++) {
            groupsOnly &= parts[i].length() == 3;
        }
        Set<String> readings = new LinkedHashSet<>();
        if (groupsOnly) {
            readings.add(String.join("", parts));
        }
        if (parts.length == 2) {
            readings.add(parts[0] + "." + parts[1]);
        }
        return readings;
    }

    /** A range's start without a unit takes its end's: "5.7 to 6.4%", "entre 5 y 10 mg". */
    private static void shareRangeUnits(String text, List<Invariant> found, List<Integer> starts, List<Integer> ends) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Invariant start = found.get(i), end = found.get(i + 1);
            if (start.unit().isEmpty()
                    && !end.unit().isEmpty()
                    && start.kind() == end.kind()
                    && RANGE_JOIN
                            .matcher(text.substring(ends.get(i), starts.get(i + 1)))
                            .matches()) {
                found.set(i, start.withUnit(end.unit(), start.text() + " " + end.unit()));
            }
        }
    }

    private static boolean isYear(Invariant token) {
        if (token.kind() != Kind.NUMBER
                || !token.unit().isEmpty()
                || !token.text().matches("\\d{4}")) {
            return false;
        }
        int value = Integer.parseInt(token.text());
        return value >= 1900 && value <= 2099;
    }

    private static List<Invariant> distinct(List<Invariant> tokens) {
        List<Invariant> once = new ArrayList<>();
        for (Invariant token : tokens) {
            if (once.stream().noneMatch(token::matches)) {
                once.add(token);
            }
        }
        return once;
    }

    private static List<Invariant> unmatched(List<Invariant> these, List<Invariant> others) {
        return these.stream().filter(t -> others.stream().noneMatch(t::matches)).toList();
    }

    private static String plain(String text) {
        return text.replaceAll("\\s+|[\\u00A0\\u202F\\u2009]", " ");
    }

    private static Map<String, String> units() {
        Map<String, String> units = new java.util.LinkedHashMap<>();
        // Longest spellings first, so "mg/dL" is not read as "mg" and "mm Hg" not as nothing.
        unit(units, "mg/dL", "mg/dl");
        unit(units, "mmol/mol", "mmol/mol");
        unit(units, "mmol/L", "mmol/l");
        unit(units, "mEq/L", "meq/l");
        unit(units, "mmHg", "mm de hg", "mm hg", "mmhg");
        unit(units, "mcg", "micrograms", "microgramos", "microgram", "microgramo", "mcg", "µg", "μg");
        unit(units, "mg", "milligrams", "miligramos", "milligram", "miligramo", "mg");
        unit(units, "kg", "kilograms", "kilogramos", "kilogram", "kilogramo", "kilos", "kilo", "kg");
        unit(units, "g", "grams", "gramos", "gram", "gramo", "g");
        unit(units, "mL", "milliliters", "millilitres", "mililitros", "milliliter", "mililitro", "ml");
        unit(units, "L", "liters", "litres", "litros", "liter", "litre", "litro", "l");
        unit(units, "%", "percent", "per cent", "por ciento", "%");
        unit(units, "IU", "iu", "ui");
        unit(units, "units", "units", "unidades", "unit", "unidad");
        unit(units, "kcal", "calories", "calorías", "calorias", "calorie", "caloría", "kcal");
        unit(units, "lb", "pounds", "libras", "pound", "libra", "lbs", "lb");
        unit(units, "oz", "ounces", "onzas", "ounce", "onza", "oz");
        unit(units, "cm", "centimeters", "centímetros", "centimetres", "cm");
        unit(units, "in", "inches", "pulgadas", "inch", "pulgada");
        return java.util.Collections.unmodifiableMap(units);
    }

    private static void unit(Map<String, String> units, String name, String... spellings) {
        for (String spelling : spellings) {
            units.put(spelling, name);
        }
    }
}
