/**
 * API keys: table {@code api_key}; routes {@code /admin/api-keys}. The API checks a request's key
 * through {@link org.salus.api.keys.ApiKeys}.
 */
package org.salus.api.keys;
