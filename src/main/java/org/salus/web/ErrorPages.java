package org.salus.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the exceptions a reader can cause into pages with the right status: 404 for addresses
 * where nothing is published, 400 with a plain explanation for malformed requests, 301 for moved
 * articles. The reader's input is never echoed back.
 */
@ControllerAdvice
class ErrorPages {

    private final PageContextResolver contexts;

    ErrorPages(PageContextResolver contexts) {
        this.contexts = contexts;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, "error.notFound");
    }

    @ExceptionHandler(GoneException.class)
    ModelAndView gone(HttpServletRequest request) {
        return page(request, HttpStatus.GONE, "error.gone");
    }

    @ExceptionHandler(BadRequestException.class)
    ModelAndView badRequest(BadRequestException e, HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, e.messageKey());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView malformed(HttpServletRequest request) {
        return page(request, HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ModelAndView methodNotAllowed(HttpServletRequest request) {
        return page(request, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request) {
        return page(request, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge");
    }

    @ExceptionHandler(MovedPermanentlyException.class)
    void moved(MovedPermanentlyException e, HttpServletResponse response) {
        response.setStatus(HttpStatus.MOVED_PERMANENTLY.value());
        response.setHeader(HttpHeaders.LOCATION, e.location());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400");
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String messageKey) {
        ModelAndView view = new ModelAndView("error/error", status);
        view.addObject("page", new ErrorPage(contexts.create(request), status.value(), messageKey));
        return view;
    }
}
