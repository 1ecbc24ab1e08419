package org.salus.web;

/** {@link FormInputContract} on the embedded H2 database. */
class FormInputTests extends FormInputContract {}
