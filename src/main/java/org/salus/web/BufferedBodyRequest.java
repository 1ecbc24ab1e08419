package org.salus.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.MediaType;

/**
 * A request whose body has already been read into memory. Tomcat parses a form's parameters from
 * its own input, which is empty once the body is read, so the form fields are parsed here and
 * added to the query string's.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;
    private Map<String, String[]> parameters;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return bytes.read();
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return bytes.read(buffer, offset, length);
            }

            @Override
            public boolean isFinished() {
                return bytes.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("the body has already been read");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        if (parameters == null) {
            parameters = parse();
        }
        return parameters;
    }

    private Map<String, String[]> parse() {
        Map<String, List<String>> values = new LinkedHashMap<>();
        super.getParameterMap()
                .forEach((name, given) -> values.computeIfAbsent(name, n -> new ArrayList<>())
                        .addAll(List.of(given))); // the query string's: Tomcat skips a body already read
        if (isForm() && "POST".equals(getMethod())) { // as Tomcat's parseBodyMethods
            for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }
        Map<String, String[]> parsed = new LinkedHashMap<>();
        values.forEach((name, list) -> parsed.put(name, list.toArray(String[]::new)));
        return Collections.unmodifiableMap(parsed);
    }

    private String decode(String encoded) {
        try {
            return URLDecoder.decode(encoded, charset());
        } catch (IllegalArgumentException e) {
            return encoded; // broken percent-encoding: kept as sent, as Tomcat's lenient parser does
        }
    }

    private boolean isForm() {
        String type = getContentType();
        try {
            return type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
