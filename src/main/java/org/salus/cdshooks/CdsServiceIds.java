package org.salus.cdshooks;

import java.util.List;

/** The ids of this site's CDS services: their URLs are {@code /cds-services/{id}}. */
public final class CdsServiceIds {

    /** patient-view: education for the patient's conditions. */
    public static final String EDUCATION = "salus-education";

    /** order-select: articles about the medicines being ordered. */
    public static final String MEDICINES = "salus-medicines";

    /** The proposed infobutton hook: the Infobutton's parameters inside {@code context}. */
    public static final String INFOBUTTON = "salus-infobutton";

    /** Every service, in the order discovery lists them. */
    public static final List<String> ALL = List.of(EDUCATION, MEDICINES, INFOBUTTON);

    private CdsServiceIds() {}
}
