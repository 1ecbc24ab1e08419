package org.salus.web;

import gg.jte.TemplateEngine;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Replaces the jte starter's view resolver (which steps aside when one exists) with one whose
 * views write UTF-8 bytes; template names and order stay as the starter sets them.
 */
@Component("jteViewResolver")
@ConditionalOnWebApplication
class Utf8JteViewResolver extends JteViewResolver {

    private final TemplateEngine templates;

    Utf8JteViewResolver(TemplateEngine templates, gg.jte.springframework.boot.autoconfigure.JteProperties properties) {
        super(templates, properties);
        this.templates = templates;
        setViewClass(Utf8JteView.class);
        setContentType("text/html;charset=UTF-8");
    }

    @Override
    protected AbstractUrlBasedView instantiateView() {
        return new Utf8JteView(templates);
    }

    /** Wide enough for the starter's view class, which its constructor sets first, and ours. */
    @Override
    protected Class<?> requiredViewClass() {
        return AbstractTemplateView.class;
    }
}
