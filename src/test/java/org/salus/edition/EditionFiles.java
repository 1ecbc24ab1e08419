package org.salus.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.brotli.dec.BrotliInputStream;
import org.salus.testsupport.Http;

/** What the edition's tests check of a file: the app's own answer, and siblings that decode to it. */
final class EditionFiles {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private EditionFiles() {}

    /** The app's answer to an anonymous request for {@code address}, uncompressed. */
    static HttpResponse<byte[]> served(Http http, String address) {
        try {
            return CLIENT.send(
                    HttpRequest.newBuilder(URI.create(http.url(address)))
                            .header("Accept-Encoding", "identity")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that {@code file} holds what the app serves at {@code address}, and so do its .gz and .br. */
    static void assertServes(Http http, Path file, String address, int status) throws IOException {
        HttpResponse<byte[]> served = served(http, address);
        assertThat(served.statusCode()).as(address).isEqualTo(status);
        assertThat(file).as(address).exists();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as(file + " is what the app serves at " + address).isEqualTo(served.body());
        assertThat(decode(new GZIPInputStream(new ByteArrayInputStream(read(file, ".gz")))))
                .as(file + ".gz")
                .isEqualTo(bytes);
        assertThat(decode(new BrotliInputStream(new ByteArrayInputStream(read(file, ".br")))))
                .as(file + ".br")
                .isEqualTo(bytes);
        assertThat(Files.getLastModifiedTime(sibling(file, ".gz"))).isEqualTo(Files.getLastModifiedTime(file));
        assertThat(Files.getLastModifiedTime(sibling(file, ".br"))).isEqualTo(Files.getLastModifiedTime(file));
    }

    static void assertAbsent(Path file) {
        assertThat(file).doesNotExist();
        assertThat(sibling(file, ".gz")).doesNotExist();
        assertThat(sibling(file, ".br")).doesNotExist();
    }

    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static byte[] read(Path file, String suffix) throws IOException {
        return Files.readAllBytes(sibling(file, suffix));
    }

    private static byte[] decode(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }
}
