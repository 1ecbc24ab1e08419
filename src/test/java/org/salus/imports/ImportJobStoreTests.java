package org.salus.imports;

/** {@link ImportJobStoreContract} on H2, the embedded default. */
class ImportJobStoreTests extends ImportJobStoreContract {}
