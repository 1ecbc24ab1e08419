/**
 * The HL7 Infobutton knowledge service: route {@code /infobutton}, answering a coded clinical
 * context with matching published articles as Atom or JSON. It owns no table. No package depends
 * on it.
 */
package org.salus.infobutton;
