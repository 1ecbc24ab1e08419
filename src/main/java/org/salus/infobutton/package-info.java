/**
 * The HL7 Infobutton knowledge service: route {@code /infobutton}, answering a coded clinical
 * context with matching published articles as Atom or JSON. It owns no table. Its one public class,
 * {@link org.salus.infobutton.KnowledgeMatcher}, lends the same matching (code roll-up, code-system
 * names, ranking, language rule) to {@code cdshooks}, the only package that depends on it.
 */
package org.salus.infobutton;
