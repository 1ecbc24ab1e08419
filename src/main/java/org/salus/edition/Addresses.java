package org.salus.edition;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reader addresses and their files in the edition (the layout nginx reads, docs/static-edition.md):
 * {@code /} is {@code index.html}, a page is its address plus {@code .html}, and an address whose
 * last segment has a dot ({@code /feed.atom}, {@code /sitemaps/topics-1.xml}) is its own name.
 */
final class Addresses {

    /** The lists and home pages, in both languages: every article change may alter them. */
    static final List<String> ARTICLE_LISTS = List.of(
            "/",
            "/es",
            "/topics",
            "/es/topics",
            "/quizzes",
            "/es/quizzes",
            "/groups",
            "/es/groups",
            "/changes",
            "/es/changes");

    /** Where each language's group pages are ({@code /groups/{slug}}, {@code /es/groups/{slug}}). */
    static final List<String> GROUP_PREFIXES = List.of("/groups/", "/es/groups/");

    /**
     * Where each language's reviewer profiles are ({@code /reviewers/{slug}}, {@code /es/reviewers/{slug}}):
     * they list the articles each reviewer approved, and the profile itself changes as an
     * every-article change ({@code REVIEWER_PROFILE_CHANGED}).
     */
    static final List<String> REVIEWER_PREFIXES = List.of("/reviewers/", "/es/reviewers/");

    static final List<String> TERM_LISTS = List.of("/dictionary", "/es/dictionary");
    static final String FEED = "/feed.atom";
    static final String SITEMAP = "/sitemap.xml";
    static final String ROBOTS = "/robots.txt";
    static final String SITEMAP_FILES = "/sitemaps/";
    static final String TERM_PREFIX = "/dictionary/";

    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");
    private static final Pattern TERM_LINK = Pattern.compile("href=\"(?:[a-z]+://[^/\"]+)?(/dictionary/[a-z0-9-]+)\"");
    /** What a page's address may be: lower-case segments, as slugs are (never "..", never a query). */
    private static final Pattern ADDRESS = Pattern.compile("/|(/[a-z0-9][a-z0-9._-]*)+");

    private Addresses() {}

    /** Every fixed page: the homes and lists, the feed, the sitemap index and robots.txt. */
    static List<String> fixed() {
        List<String> all = new ArrayList<>(ARTICLE_LISTS);
        all.addAll(TERM_LISTS);
        all.addAll(List.of(FEED, SITEMAP, ROBOTS));
        return all;
    }

    static boolean isValid(String address) {
        return ADDRESS.matcher(address).matches() && !address.contains("..");
    }

    /** The file of an address, relative to {@code pages/} or {@code gone/}. */
    static String file(String address) {
        if (!isValid(address)) {
            throw new IllegalArgumentException("not a page address: " + address);
        }
        if (address.equals("/")) {
            return "index.html";
        }
        String last = address.substring(address.lastIndexOf('/') + 1);
        return address.substring(1) + (last.contains(".") ? "" : ".html");
    }

    /** The address a file (relative to {@code pages/} or {@code gone/}, with '/' separators) holds. */
    static String address(String file) {
        if (file.equals("index.html")) {
            return "/";
        }
        return "/" + (file.endsWith(".html") ? file.substring(0, file.length() - ".html".length()) : file);
    }

    /** The paths of the {@code <loc>} addresses of a sitemap index ({@code /sitemaps/topics-1.xml}, ...). */
    static Set<String> sitemapFiles(byte[] index) {
        Set<String> files = new LinkedHashSet<>();
        Matcher loc = LOC.matcher(new String(index, java.nio.charset.StandardCharsets.UTF_8));
        while (loc.find()) {
            String path = URI.create(loc.group(1).trim()).getPath();
            if (path != null && path.startsWith(SITEMAP_FILES) && isValid(path)) {
                files.add(path);
            }
        }
        return files;
    }

    /** The dictionary pages a page links to: they list the article, or relate to the term, it shows. */
    static Set<String> termLinks(byte[] page) {
        Set<String> links = new LinkedHashSet<>();
        if (page == null) {
            return links;
        }
        Matcher link = TERM_LINK.matcher(new String(page, java.nio.charset.StandardCharsets.UTF_8));
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }
}
