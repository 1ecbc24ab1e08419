/**
 * What an import is, for the {@code import} command and the admin upload page alike: features
 * implement {@link org.salus.importing.Importer}, which returns an {@link org.salus.importing.ImportReport}
 * or throws {@link org.salus.importing.ImportFailedException}, with {@link org.salus.importing.ImportOptions}
 * and {@link org.salus.importing.ConsoleProgress}. Shared plumbing: it depends on no feature.
 */
package org.salus.importing;
