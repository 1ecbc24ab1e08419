package org.salus.web;

import org.salus.testsupport.PostgresTest;

/**
 * {@link FormInputContract} on a real PostgreSQL server, which refuses NUL in text (the insert
 * failed, a 500, before control characters were refused at the edge).
 */
@PostgresTest
class FormInputPostgresTests extends FormInputContract {}
