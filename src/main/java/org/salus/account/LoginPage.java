package org.salus.account;

import org.salus.web.PageContext;

/** The model of {@code account/login.jte}; {@code messageKey} is a notice such as a failed attempt. */
public record LoginPage(PageContext ctx, String messageKey, boolean problem) {}
