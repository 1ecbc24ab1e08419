package org.salus.image;

/** One stored size of an image: its content-addressed file name, type and bytes. */
record Rendition(int width, int height, String fileName, String contentType, byte[] bytes) {}
