package org.salus.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat answers some requests itself, before the application sees them: an invalid character in
 * the address ({@code /topics/%}), a bad {@code Host} header, an oversized header. Its stock
 * {@link ErrorReportValve} page carries none of the security headers the site sends. This
 * replaces it with a plain page in the site's words, sent with the same headers as every page.
 */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    /** Tighter than the site's policy: the page has no scripts, forms or frames. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final MessageSource messages;

    TomcatErrorReports(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container host = context.getParent();
            // Spring Boot adds a stock valve (server.error.include-stacktrace=never): replace it.
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof SiteErrorReportValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.getPipeline().addValve(new SiteErrorReportValve(this));
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(SiteErrorReportValve.class.getName()); // so none is added at start
            }
        });
    }

    String page(int status) {
        String key = HttpError.messageKeyOf(HttpStatusCode.valueOf(status));
        String title = HtmlUtils.htmlEscape(messages.getMessage(key + ".title", null, Locale.ENGLISH));
        String text = HtmlUtils.htmlEscape(messages.getMessage(key + ".text", null, Locale.ENGLISH));
        String home = HtmlUtils.htmlEscape(messages.getMessage("error.home", null, Locale.ENGLISH));
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + title + "</title><link rel=\"stylesheet\" href=\"/css/salus.css\"></head>\n"
                + "<body><main class=\"wrap error-page\"><h1>" + title + "</h1><p>" + text + "</p>"
                + "<p><a href=\"/\">" + home + "</a></p></main></body></html>\n";
    }

    /** The valve: Tomcat's own error answers, with the site's page and headers. */
    static final class SiteErrorReportValve extends ErrorReportValve {

        private final TomcatErrorReports reports;

        SiteErrorReportValve(TomcatErrorReports reports) {
            this.reports = reports;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return; // not an error, or the application has answered it already
            }
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Cache-Control", "no-store");
            try {
                response.setContentType("text/html;charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(reports.page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone, or the response was committed meanwhile: nothing to add.
            }
        }
    }
}
