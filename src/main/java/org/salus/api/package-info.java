/**
 * The read-only JSON API under {@code /api/v1} (articles, their questions and stories, quizzes, dictionary
 * terms) and its OpenAPI description. A front: it reads other features' public types and no
 * feature depends on it. API keys are in {@link org.salus.api.keys}.
 */
package org.salus.api;
