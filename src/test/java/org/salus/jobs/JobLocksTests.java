package org.salus.jobs;

/** {@link JobLocksContract} on H2, the embedded default. */
class JobLocksTests extends JobLocksContract {}
