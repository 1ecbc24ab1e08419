package org.salus.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The part of the schema.org vocabulary that Salus's JSON-LD uses, to check it the way a
 * validator would: every type is known, every property belongs to the type or one of its
 * supertypes, and entity-valued properties hold a type in their range.
 *
 * <p>Taken from schema.org release 21.0 ({@code schemaorg-current-https-types.csv}: a type's
 * parents and properties; {@code -properties.csv}: a property's range). Each type lists only the
 * properties it declares itself; inherited ones come from its parents, as on schema.org. Types
 * list all their own properties except where marked "subset": there, properties Salus has no use
 * for are left out, which can only make the check stricter, never let a wrong property through.
 */
public final class SchemaOrg {

    record Type(List<String> parents, Set<String> properties) {}

    static final Map<String, Type> TYPES = Map.ofEntries(
            type(
                    "Thing",
                    List.of(),
                    "additionalType alternateName description disambiguatingDescription identifier"
                            + " image mainEntityOfPage name potentialAction sameAs subjectOf url"),
            type(
                    "CreativeWork",
                    List.of("Thing"),
                    "about abstract accessMode accessModeSufficient accessibilityAPI"
                            + " accessibilityControl accessibilityFeature accessibilityHazard accessibilitySummary"
                            + " accountablePerson acquireLicensePage aggregateRating alternativeHeadline archivedAt assesses"
                            + " associatedMedia audience audio author award awards character citation comment commentCount"
                            + " conditionsOfAccess contentLocation contentRating contentReferenceTime contributor"
                            + " copyrightHolder copyrightNotice copyrightYear correction countryOfOrigin creativeWorkStatus"
                            + " creator creditText dateCreated dateModified datePublished discussionUrl editEIDR editor"
                            + " educationalAlignment educationalLevel educationalUse encoding encodingFormat encodings"
                            + " exampleOfWork expires fileFormat funder funding genre hasPart headline inLanguage"
                            + " interactionStatistic interactivityType interpretedAsClaim isAccessibleForFree isBasedOn"
                            + " isBasedOnUrl isFamilyFriendly isPartOf keywords learningResourceType license locationCreated"
                            + " mainEntity maintainer material materialExtent mentions offers pattern position producer"
                            + " provider publication publisher publisherImprint publishingPrinciples recordedAt"
                            + " releasedEvent review reviews schemaVersion sdDatePublished sdLicense sdPublisher size"
                            + " sourceOrganization spatial spatialCoverage sponsor teaches temporal temporalCoverage text"
                            + " thumbnail thumbnailUrl timeRequired translationOfWork translator typicalAgeRange usageInfo"
                            + " version video workExample workTranslation"),
            type(
                    "WebPage",
                    List.of("CreativeWork"),
                    "breadcrumb lastReviewed mainContentOfPage primaryImageOfPage"
                            + " relatedLink reviewedBy significantLink significantLinks speakable specialty"),
            type("MedicalWebPage", List.of("WebPage"), "aspect medicalAudience"),
            type("Intangible", List.of("Thing"), ""),
            // subset: contact, commerce and membership properties left out
            type(
                    "Organization",
                    List.of("Thing"),
                    "address award brand contactPoint department email"
                            + " foundingDate founder knowsAbout knowsLanguage legalName logo member memberOf"
                            + " parentOrganization publishingPrinciples slogan subOrganization telephone"),
            // subset: family, commerce and body properties left out
            type(
                    "Person",
                    List.of("Thing"),
                    "additionalName affiliation alumniOf award email familyName givenName"
                            + " hasCredential hasOccupation honorificPrefix honorificSuffix jobTitle knowsAbout"
                            + " knowsLanguage memberOf worksFor"),
            type(
                    "MedicalEntity",
                    List.of("Thing"),
                    "code funding guideline legalStatus medicineSystem"
                            + " recognizingAuthority relevantSpecialty study"),
            type(
                    "MedicalCondition",
                    List.of("MedicalEntity"),
                    "associatedAnatomy differentialDiagnosis drug"
                            + " epidemiology expectedPrognosis naturalProgression pathophysiology possibleComplication"
                            + " possibleTreatment primaryPrevention riskFactor secondaryPrevention signOrSymptom stage status"
                            + " typicalTest"),
            type("MedicalIntangible", List.of("MedicalEntity"), ""),
            type("DefinedTerm", List.of("Intangible"), "inDefinedTermSet termCode"),
            type("CategoryCode", List.of("DefinedTerm"), "codeValue inCodeSet"),
            type("MedicalCode", List.of("CategoryCode", "MedicalIntangible"), "codeValue codingSystem"),
            type("DefinedTermSet", List.of("CreativeWork"), "hasDefinedTerm"),
            // quizzes (org.salus.quiz.QuizJsonLd)
            type(
                    "LearningResource",
                    List.of("CreativeWork"),
                    "assesses competencyRequired educationalAlignment educationalLevel educationalUse"
                            + " learningResourceType teaches"),
            type("Quiz", List.of("LearningResource"), ""),
            type("Comment", List.of("CreativeWork"), "downvoteCount parentItem sharedContent upvoteCount"),
            type(
                    "Question",
                    List.of("Comment"),
                    "acceptedAnswer answerCount eduQuestionType parentItem suggestedAnswer"),
            type("Answer", List.of("Comment"), "answerExplanation parentItem"),
            type("WebContent", List.of("CreativeWork"), ""),
            // typed article sections (org.salus.article.MedicalWebPageJsonLd)
            type("HealthTopicContent", List.of("WebContent"), "hasHealthAspect"),
            type("WebPageElement", List.of("CreativeWork"), "cssSelector xpath"),
            type(
                    "AlignmentObject",
                    List.of("Intangible"),
                    "alignmentType educationalFramework targetDescription targetName targetUrl"));

    /**
     * Ranges of the entity-valued properties Salus uses ("Text" where schema.org allows a plain
     * string). Properties not listed here take text, dates or URLs and are not range-checked.
     */
    static final Map<String, Set<String>> RANGES = Map.ofEntries(
            Map.entry("publisher", Set.of("Organization", "Person")),
            Map.entry("reviewedBy", Set.of("Organization", "Person")),
            Map.entry("sourceOrganization", Set.of("Organization")),
            Map.entry("about", Set.of("Thing")),
            Map.entry("citation", Set.of("CreativeWork", "Text")),
            Map.entry("code", Set.of("MedicalCode")),
            Map.entry("inDefinedTermSet", Set.of("DefinedTermSet", "Text")),
            Map.entry("knowsAbout", Set.of("Thing", "Text")),
            // "Text" stands for URL here: a plain address is allowed
            Map.entry("mainEntityOfPage", Set.of("CreativeWork", "Text")),
            Map.entry("hasPart", Set.of("CreativeWork")),
            Map.entry("mainContentOfPage", Set.of("WebPageElement")),
            Map.entry("educationalAlignment", Set.of("AlignmentObject")),
            Map.entry("acceptedAnswer", Set.of("Answer", "ItemList")),
            Map.entry("suggestedAnswer", Set.of("Answer", "ItemList")),
            Map.entry("answerExplanation", Set.of("Comment", "WebContent")));

    private SchemaOrg() {}

    /** What is wrong with a JSON-LD document, as "path: problem" lines; empty when it is valid. */
    public static List<String> violations(JsonNode document) {
        List<String> problems = new ArrayList<>();
        if (!"https://schema.org".equals(document.path("@context").asString(null))) {
            problems.add("$: @context is not https://schema.org");
        }
        checkEntity(document, "$", Set.of("Thing"), problems);
        return problems;
    }

    /** Every type a type is, itself included. */
    static Set<String> ancestry(String type) {
        Set<String> all = new LinkedHashSet<>();
        all.add(type);
        for (String parent : TYPES.get(type).parents()) {
            all.addAll(ancestry(parent));
        }
        return all;
    }

    private static void checkEntity(JsonNode node, String path, Set<String> range, List<String> problems) {
        String type = node.path("@type").asString(null);
        if (type == null || !TYPES.containsKey(type)) {
            problems.add(path + ": @type " + type + " is not a schema.org type this check knows");
            return;
        }
        Set<String> ancestry = ancestry(type);
        if (range.stream().noneMatch(ancestry::contains)) {
            problems.add(path + ": a " + type + " is not in the range " + range);
        }
        Set<String> allowed = new LinkedHashSet<>();
        ancestry.forEach(t -> allowed.addAll(TYPES.get(t).properties()));
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String name = property.getKey();
            if (name.startsWith("@")) {
                continue;
            }
            if (!allowed.contains(name)) {
                problems.add(path + "." + name + ": not a property of " + type + " or its supertypes");
                continue;
            }
            JsonNode value = property.getValue();
            for (JsonNode item : value.isArray() ? value.values() : List.of(value)) {
                checkValue(item, path + "." + name, RANGES.get(name), problems);
            }
        }
    }

    private static void checkValue(JsonNode value, String path, Set<String> range, List<String> problems) {
        if (value.isObject()) {
            checkEntity(value, path, range == null ? Set.of("Thing") : range, problems);
        } else if (range != null && !range.contains("Text")) {
            problems.add(path + ": a plain value where schema.org expects " + range);
        }
    }

    private static Map.Entry<String, Type> type(String name, List<String> parents, String properties) {
        Set<String> own =
                properties.isBlank() ? Set.of() : Set.of(properties.trim().split("\\s+"));
        return Map.entry(name, new Type(parents, own));
    }
}
