package org.salus.image;

/** {@link ImageStoreContract} on the embedded H2 database. */
class ImageStoreTests extends ImageStoreContract {}
