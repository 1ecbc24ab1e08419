/**
 * Web plumbing for every page: error pages and HTTP errors, caching and security headers,
 * compression, request limits, the page context and jte view resolution, the crisis and emergency
 * numbers pages show ({@link org.salus.web.SafetyProperties}); route
 * {@code /preferences/text-size}. Shared plumbing: features use its exceptions,
 * {@link org.salus.web.PageContext} and friends; it depends on no feature.
 */
package org.salus.web;
