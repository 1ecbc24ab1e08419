/**
 * Line and word differences between two revisions. Internals of {@code review}; the dictionary's
 * term editor ({@code dictionary.editing}) compares term revisions with it too.
 */
package org.salus.review.diff;
