package org.salus.dictionary;

/** Terms were added or changed; the linker's matcher must be rebuilt. */
record TermsChanged(int count) {
}
