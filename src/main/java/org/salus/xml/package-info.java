/**
 * Shared plumbing for reading XML from outside (imports, dictionary files): {@link org.salus.xml.SafeXml}
 * is the one hardened parser. Depends on no feature.
 */
package org.salus.xml;
