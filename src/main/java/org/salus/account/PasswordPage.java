package org.salus.account;

import java.util.Map;

import org.salus.web.PageContext;

/** The model of {@code account/password.jte}; {@code errors} maps field names to message keys. */
public record PasswordPage(PageContext ctx, boolean mustChange, Map<String, String> errors, boolean saved) {}
