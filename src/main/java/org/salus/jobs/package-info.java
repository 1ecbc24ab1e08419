/**
 * Scheduled jobs run on one node at a time: table {@code shedlock}. Shared plumbing: it depends on
 * no feature.
 */
package org.salus.jobs;
