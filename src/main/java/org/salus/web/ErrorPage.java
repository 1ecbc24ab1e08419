package org.salus.web;

/** The model of the error pages: what went wrong in words a reader understands. */
public record ErrorPage(PageContext ctx, int status, String messageKey) {}
