package org.salus.backup;

/**
 * A backup or restore that stopped; the message is one line that tells an operator what is wrong
 * (a damaged archive, a database that is not empty, a column type backups cannot carry).
 */
class BackupException extends RuntimeException {

    BackupException(String message) {
        super(message);
    }

    BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
