/**
 * Code lists: table {@code code_list_entry}, filled by {@code import icd10cm}; route
 * {@code /editor/codes/suggest} (writers and editors). Other packages use
 * {@link org.salus.codes.CodeCheck} to check the codes an editor enters and
 * {@link org.salus.codes.CodeList} to read a list.
 */
package org.salus.codes;
