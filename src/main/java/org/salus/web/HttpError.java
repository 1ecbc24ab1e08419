package org.salus.web;

import java.util.Optional;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An error answer: its status and the message key of its explanation for readers (title under
 * {@code key.title}, text under {@code key.text}). {@link #causedByClient} is the one place that
 * tells the client's mistakes (a mistyped address, a malformed parameter, a method the page does
 * not take) from faults of the site, for the HTML pages ({@link ErrorPages}) and the JSON API.
 */
public record HttpError(HttpStatusCode status, String messageKey) {

    /** The client error {@code e} stands for; empty when it is a fault of the site (logged, answered 500). */
    public static Optional<HttpError> causedByClient(Throwable e) {
        if (e instanceof BadRequestException bad) {
            return Optional.of(new HttpError(HttpStatus.BAD_REQUEST, bad.messageKey()));
        }
        if (e instanceof NotFoundException) {
            return Optional.of(of(HttpStatus.NOT_FOUND));
        }
        if (e instanceof GoneException) {
            return Optional.of(of(HttpStatus.GONE));
        }
        if (e instanceof TypeMismatchException mismatch) {
            return Optional.of(new HttpError(
                    HttpStatus.BAD_REQUEST,
                    "page".equals(parameterOf(mismatch)) ? "error.pageNumber" : "error.badRequest"));
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return Optional.of(new HttpError(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge"));
        }
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return Optional.of(of(response.getStatusCode()));
        }
        // Broken percent-encoding in the query (Tomcat), an unreadable body, a malformed upload.
        if (e instanceof InvalidParameterException
                || e instanceof HttpMessageNotReadableException
                || e instanceof MultipartException) {
            return Optional.of(of(HttpStatus.BAD_REQUEST));
        }
        return Optional.empty();
    }

    /** The error with the site's general explanation of {@code status}. */
    public static HttpError of(HttpStatusCode status) {
        return new HttpError(status, messageKeyOf(status));
    }

    /** The general explanation of a status: its title under {@code key.title}, its text under {@code key.text}. */
    static String messageKeyOf(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "error.badRequest";
            case 401, 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 410 -> "error.gone";
            case 413 -> "error.contentTooLarge";
            case 429 -> "error.tooManyRequests";
            default -> status.is4xxClientError() ? "error.badRequest" : "error.server";
        };
    }

    private static String parameterOf(TypeMismatchException e) {
        return e instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : e.getPropertyName();
    }
}
