package org.salus.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.view.AbstractTemplateView;

/**
 * Renders a jte template straight to UTF-8 bytes. The templates are compiled with
 * {@code binaryStaticContent}, so their fixed text is already encoded and only the dynamic parts
 * are encoded per request; the starter's view encoded the whole page through a PrintWriter, which
 * took a third of the topic page's CPU time once a page held a non-ASCII character.
 */
class Utf8JteView extends AbstractTemplateView {

    /** Pages up to this size are sent in one write. */
    private static final int MAX_BUFFER = 128 * 1024;

    private final TemplateEngine templates;

    Utf8JteView(TemplateEngine templates) {
        this.templates = templates;
    }

    @Override
    public boolean checkResource(Locale locale) {
        return templates.hasTemplate(getUrl());
    }

    @Override
    protected void renderMergedTemplateModel(
            Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        Utf8ByteOutput output = new Utf8ByteOutput();
        templates.render(getUrl(), model, output);
        response.setCharacterEncoding("UTF-8");
        int length = output.getContentLength();
        response.setContentLength(length);
        if (length > response.getBufferSize() && length <= MAX_BUFFER) {
            // One write to the socket instead of one per 8 KB: a topic page is about 30 KB.
            response.setBufferSize(length);
        }
        output.writeTo(response.getOutputStream());
    }
}
