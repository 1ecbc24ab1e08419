package org.salus.web;

import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.apache.tomcat.util.http.InvalidParameterException;

/**
 * A request whose parameters could not be decoded: every parameter lookup throws the container's
 * exception again, so whoever reads a parameter first answers the client's mistake (400), instead
 * of seeing the parameter silently missing.
 */
final class UnreadableParameters extends HttpServletRequestWrapper {

    private final InvalidParameterException problem;

    UnreadableParameters(HttpServletRequest request, InvalidParameterException problem) {
        super(request);
        this.problem = problem;
    }

    @Override
    public String getParameter(String name) {
        throw problem;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        throw problem;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        throw problem;
    }

    @Override
    public String[] getParameterValues(String name) {
        throw problem;
    }
}
