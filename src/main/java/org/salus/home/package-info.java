/**
 * The home page: route {@code /}. No package depends on it.
 */
package org.salus.home;
