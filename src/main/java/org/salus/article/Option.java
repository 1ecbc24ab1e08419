package org.salus.article;

/** A stored answer option; {@code key} is its letter in the question ({@code a}, {@code b}, ...). */
public record Option(String key, String text, boolean correct) {}
