package org.salus.story.screening;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postal addresses: a house number, one to three capitalised words and a street word
 * ("221B Baker Street", "12 Oak Ave, Apt 4"), a UK postcode ("SW1A 1AA") or a US state code
 * followed by a ZIP code ("Austin, TX 78701"). Street names must be capitalised, so "lost 25
 * pounds along the way" is not an address; a year followed by a title ("In 2019 Dr Lane")
 * is not either.
 */
final class AddressDetector implements Detector {

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
    private static final String STREET_WORD = "(?:(?i:street|avenue|road|boulevard)|Lane|Drive|Court|Place|Way"
            + "|Terrace|Close|Crescent|Parkway|Highway|Square|Row|Grove|Gardens|Mews|Circle|Trail"
            + "|St|Ave|Rd|Blvd|Ln|Dr|Ct|Pl|Pkwy|Hwy|Sq|Cres)";
    private static final Pattern STREET = Pattern.compile("(?<![\\w.,/-])\\d{1,5}[A-Za-z]?,?\\s+(?<name>(?:" + NAME_WORD
            + "\\s+){1,3})" + STREET_WORD + "(?![\\p{L}])"
            + "(?:\\.?,?\\s*(?:Apt|Apartment|Unit|Suite|Ste|Flat|#)\\.?\\s*#?[A-Za-z0-9-]{1,6}\\b)?");

    private static final Pattern TITLE_FIRST = Pattern.compile("^(?:Dr|Doctor|Nurse|Prof|Professor|Mr|Mrs|Ms|Mx)\\b");

    private static final Pattern UK_POSTCODE =
            Pattern.compile("(?<![\\w-])(?:[A-Z]{1,2}\\d[A-Z\\d]?|GIR)\\s?\\d[ABD-HJLNP-UW-Z]{2}(?![\\w-])");

    private static final Pattern US_ZIP = Pattern.compile("(?<![\\w-])(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN"
            + "|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT"
            + "|VT|VA|WA|WV|WI"
            + "|WY)\\s+\\d{5}(?:-\\d{4})?(?![\\w-])");

    @Override
    public void detect(String text, List<Finding> out) {
        Matcher street = STREET.matcher(text);
        while (street.find()) {
            if (!TITLE_FIRST.matcher(street.group("name")).find()) {
                out.add(Finding.at(text, Flag.STREET_ADDRESS, street.start(), street.end(), "Street address"));
            }
        }
        Matcher postcode = UK_POSTCODE.matcher(text);
        while (postcode.find()) {
            out.add(Finding.at(text, Flag.STREET_ADDRESS, postcode.start(), postcode.end(), "Postcode"));
        }
        Matcher zip = US_ZIP.matcher(text);
        while (zip.find()) {
            out.add(Finding.at(text, Flag.STREET_ADDRESS, zip.start(), zip.end(), "State and ZIP code"));
        }
    }
}
