package org.salus.imports.medquad;

import java.util.Arrays;
import java.util.Optional;

/**
 * The eight MedQuAD subsets this importer accepts, named by their folder, with the organisation
 * that wrote the text. Their text is U.S. government work; the MedQuAD packaging is CC BY 4.0.
 *
 * <p>Other MedQuAD folders are refused: 2_GARD_QA quotes third-party sources (Orphanet, Medscape,
 * GeneReviews), so its licence is unclear, and the three MedlinePlus A.D.A.M., drug and herbal
 * subsets have had their answers removed for copyright.
 *
 * <p>NCI's PDQ text may be reused, but not presented as a current PDQ summary: MedQuAD holds an
 * archived copy. So {@link #CANCER_GOV} articles cite it as text from an earlier PDQ summary, never
 * by the summary's own title.
 */
enum MedQuadSubset {
    CANCER_GOV("1_CancerGov_QA", "National Cancer Institute (NCI)"),
    GHR("3_GHR_QA", "Genetics Home Reference (now MedlinePlus Genetics), National Library of Medicine"),
    MEDLINEPLUS("4_MPlus_Health_Topics_QA", "MedlinePlus, National Library of Medicine"),
    NIDDK("5_NIDDK_QA", "National Institute of Diabetes and Digestive and Kidney Diseases (NIDDK)"),
    NINDS("6_NINDS_QA", "National Institute of Neurological Disorders and Stroke (NINDS)"),
    SENIOR_HEALTH("7_SeniorHealth_QA", "NIHSeniorHealth, National Institute on Aging and National Library of Medicine"),
    NHLBI("8_NHLBI_QA_XML", "National Heart, Lung, and Blood Institute (NHLBI)"),
    CDC("9_CDC_QA", "Centers for Disease Control and Prevention (CDC)");

    /** Names the dataset and its licence, as CC BY 4.0 asks. */
    static final String DATASET = "MedQuAD (Ben Abacha A, Demner-Fushman D. BMC Bioinformatics 20:511, 2019)";

    static final String DATASET_TITLE = "MedQuAD: Medical Question Answering Dataset, CC BY 4.0";
    static final String DATASET_URL = "https://github.com/abachaa/MedQuAD";

    private final String folder;
    private final String organisation;

    MedQuadSubset(String folder, String organisation) {
        this.folder = folder;
        this.organisation = organisation;
    }

    static Optional<MedQuadSubset> ofFolder(String folder) {
        return Arrays.stream(values())
                .filter(subset -> subset.folder.equals(folder))
                .findFirst();
    }

    String folder() {
        return folder;
    }

    /** Who wrote the text: the SOURCE line's organisation. */
    String organisation() {
        return organisation;
    }

    /** The credit on a syndicated page ("From ...; not reviewed by ..."). */
    String attribution() {
        return this == CANCER_GOV
                ? organisation + ", via MedQuAD; not the current PDQ summary"
                : organisation + ", via MedQuAD";
    }

    /** The title of the cited page. */
    String sourceTitle(String title) {
        return this == CANCER_GOV
                ? title + " (text from an earlier PDQ patient summary, not the current version)"
                : title;
    }
}
