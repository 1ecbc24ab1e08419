/**
 * Quality checks beside readability: the items of the PEMAT (AHRQ's Patient Education Materials
 * Assessment Tool, printable materials) and the CDC Clear Communication Index that software can
 * check, per section and for the whole article, and the list of items only a person can judge
 * (docs/quality-checks.md). Table {@code quality_override}: the recorded reasons for publishing
 * below {@code salus.quality.min-score}. The checks read text only; the words the dictionary knows
 * come through {@link org.salus.quality.KnownTerms}, which the dictionary implements. Other
 * packages use {@link org.salus.quality.ArticleQuality}, {@link org.salus.quality.QualityReport},
 * {@link org.salus.quality.QualityPanel} and {@link org.salus.quality.QualityOverrides}.
 */
package org.salus.quality;
