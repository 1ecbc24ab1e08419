package org.salus.edition;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.salus.web.SiteProperties;
import org.salus.web.TextSize;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Fetches a page from this application over loopback HTTP, as an anonymous reader without cookies
 * and without compression, so the file is byte for byte what the app answers for the same request
 * and every controller and cache is reused. When {@code salus.site.base-url} is set, the request
 * says it came through that site ({@code X-Forwarded-*}), so absolute links name the public site.
 */
@Component
class PageRenderer {

    /** What the app answered. */
    record Rendered(int status, byte[] body) {
        boolean ok() {
            return status == 200;
        }

        boolean gone() {
            return status == 410;
        }

        /** 5xx: the app could not answer now (its database is away); the file stays as it was. */
        boolean failed() {
            return status >= 500;
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Environment environment;
    private final URI publicSite;

    PageRenderer(Environment environment, SiteProperties site) {
        this.environment = environment;
        this.publicSite = site.baseUrl().isEmpty() ? null : URI.create(site.baseUrl());
    }

    /** Whether absolute links in the files name the public site ({@code salus.site.base-url} is set). */
    boolean knowsPublicSite() {
        return publicSite != null;
    }

    /** The page at {@code address}; a 5xx answer when the app could not be reached. */
    Rendered render(String address) {
        return send(request(address).build());
    }

    /** {@code /text-size.css} as the app answers a reader whose cookie chose {@code size}. */
    Rendered textSize(TextSize size) {
        return send(request("/text-size.css")
                .header("Cookie", TextSize.COOKIE + "=" + size.code())
                .build());
    }

    private HttpRequest.Builder request(String address) {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException(
                    "the static edition renders pages through the web server, which is not running");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
                .timeout(Duration.ofSeconds(60))
                .header("Accept-Encoding", "identity")
                .GET();
        if (publicSite != null) {
            int publicPort =
                    publicSite.getPort() > 0 ? publicSite.getPort() : "https".equals(publicSite.getScheme()) ? 443 : 80;
            request.header("X-Forwarded-Proto", publicSite.getScheme())
                    .header("X-Forwarded-Host", publicSite.getHost())
                    .header("X-Forwarded-Port", Integer.toString(publicPort));
        }
        return request;
    }

    private Rendered send(HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Rendered(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Rendered(503, new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Rendered(503, new byte[0]);
        }
    }
}
