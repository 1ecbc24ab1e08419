package org.salus.codes;

import org.salus.testsupport.OwnContext;

/** {@link CodeListContract} on the embedded H2 database, in a context of its own. */
@OwnContext("code-lists")
class CodeListTests extends CodeListContract {}
