package org.salus.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for a request {@link ControlCharacterFilter} refused: the site's usual page, saying
 * which kind of input was refused rather than the general "could not understand". Asked before
 * {@link ErrorViews}, and only answers for those requests.
 */
@Component
class ControlCharacterErrorView implements ErrorViewResolver, Ordered {

    private final PageContextResolver contexts;

    ControlCharacterErrorView(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (request.getAttribute(ControlCharacterFilter.REFUSED) == null) {
            return null;
        }
        ModelAndView view = new ModelAndView("error/error", HttpStatus.BAD_REQUEST);
        view.addObject(
                "page",
                new ErrorPage(contexts.create(request), HttpStatus.BAD_REQUEST.value(), "error.controlCharacters"));
        return view;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
