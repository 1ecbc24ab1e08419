package org.salus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The README and the manual in {@code docs/} keep their links working: every relative link names a
 * file of the repository and, with a {@code #fragment}, a heading of that file (GitHub's anchors);
 * every web address is well-formed (none is fetched: the build has no internet); and the README's
 * navigation table names every package, sub-package and script, and only paths that exist.
 * Markdown is read with commonmark-java, the site's own renderer, so links in code blocks are not links.
 */
class DocsLinksTests {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Parser PARSER =
            Parser.builder().extensions(List.of(TablesExtension.create())).build();
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    static final String NAVIGATION = "Navigating the repository";

    @Test
    void everyRelativeLinkNamesAFileOfTheRepository() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String link : links(page)) {
                String path = pathOf(link);
                if (isWebOrOther(link) || path.isEmpty()) {
                    continue;
                }
                Path target = page.getParent().resolve(path).normalize();
                if (!target.startsWith(ROOT) || !Files.exists(target)) {
                    broken.add(name(page) + ": " + link + " names no file of the repository");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyFragmentNamesAHeadingOfItsPage() {
        Map<Path, Set<String>> anchors = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String link : links(page)) {
                int hash = link.indexOf('#');
                if (isWebOrOther(link) || hash < 0) {
                    continue;
                }
                Path target = pathOf(link).isEmpty()
                        ? page
                        : page.getParent().resolve(pathOf(link)).normalize();
                String fragment = link.substring(hash + 1);
                if (!target.toString().endsWith(".md") || !Files.isRegularFile(target)) {
                    broken.add(name(page) + ": " + link + " has a fragment but names no Markdown page");
                } else if (!anchors.computeIfAbsent(target, DocsLinksTests::anchorsOf)
                        .contains(fragment)) {
                    broken.add(name(page) + ": " + link + " names no heading of " + name(target) + " (its anchors: "
                            + anchors.get(target) + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyWebAddressIsWellFormed() {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            for (String link : links(page)) {
                if (isWebOrOther(link) && !isWellFormedWebAddress(link)) {
                    broken.add(name(page) + ": " + link + " is not a well-formed http(s) address");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void everyPathInTheNavigationTableExists() {
        List<String> missing = navigationPaths().stream()
                .filter(path -> !Files.exists(ROOT.resolve(path)))
                .toList();
        assertThat(navigationPaths()).isNotEmpty();
        assertThat(missing)
                .as("paths in README's navigation table that do not exist")
                .isEmpty();
    }

    @Test
    void theNavigationTableNamesEveryPackageAndScript() throws IOException {
        Set<String> named = navigationPaths();
        List<String> unnamed = new ArrayList<>();
        try (Stream<Path> packages = Files.walk(ROOT.resolve("src/main/java/org/salus"))) {
            packages.filter(Files::isDirectory)
                    .skip(1)
                    .map(dir -> relative(dir) + "/")
                    .filter(dir -> !named.contains(dir))
                    .forEach(unnamed::add);
        }
        for (String folder : List.of("scripts", "bench", "deploy")) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
                files.filter(Files::isRegularFile)
                        .map(DocsLinksTests::relative)
                        .filter(file -> !named.contains(file))
                        .forEach(unnamed::add);
            }
        }
        assertThat(unnamed)
                .as("packages and scripts missing from README's navigation table")
                .isEmpty();
    }

    @Test
    void everyDocsPageHasAShortLowercaseNameAndIsLinkedFromTheReadme() {
        Set<String> linked = new LinkedHashSet<>();
        for (String link : links(ROOT.resolve("README.md"))) {
            linked.add(pathOf(link));
        }
        for (Path page : docsPages()) {
            assertThat(page.getFileName().toString()).matches("[a-z0-9-]{1,24}\\.md");
            assertThat(linked).as("README links " + name(page)).contains(name(page));
        }
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertThat(anchor("Feeds, sitemap and structured data")).isEqualTo("feeds-sitemap-and-structured-data");
        assertThat(anchor("Patient Comments & Reviews")).isEqualTo("patient-comments--reviews");
        assertThat(anchor("MedQuAD (NIH consumer health pages)")).isEqualTo("medquad-nih-consumer-health-pages");
        assertThat(anchor("The reader's words")).isEqualTo("the-readers-words");
        assertThat(anchor("Relevance, measured")).isEqualTo("relevance-measured");
        assertThat(anchor("snake_case and Ünïcode")).isEqualTo("snake_case-and-ünïcode");
        assertThat(anchors("# Setup\n\n## Setup\n\n### Setup\n")).containsExactly("setup", "setup-1", "setup-2");
    }

    /** README.md, CHANGES.md, then every page of docs/. */
    static List<Path> pages() {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("CHANGES.md")));
        pages.addAll(docsPages());
        return pages;
    }

    /** The pages of docs/, by name. */
    static List<Path> docsPages() {
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            return docs.filter(page -> page.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every link and image destination of a page, in order (autolinks included, code blocks not). */
    static List<String> links(Path page) {
        List<String> links = new ArrayList<>();
        parse(page).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(image.getDestination());
            }
        });
        return links;
    }

    static Set<String> anchorsOf(Path page) {
        return anchors(read(page));
    }

    /** The anchors GitHub gives a page's headings; a repeated one gets -1, -2, ... */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String base = anchor(plainText(heading));
                String unique = base;
                for (int n = 1; anchors.contains(unique); n++) {
                    unique = base + "-" + n;
                }
                anchors.add(unique);
            }
        });
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped (letters, digits, '_', '-' and spaces stay), spaces to '-'. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\p{Pc} -]", "")
                .replace(' ', '-');
    }

    /** The paths in code spans of the first column of README's navigation table. */
    static Set<String> navigationPaths() {
        Set<String> paths = new LinkedHashSet<>();
        Node node = headingNamed(parse(ROOT.resolve("README.md")), NAVIGATION);
        while (node != null && !(node instanceof TableBlock)) {
            node = node.getNext();
        }
        assertThat(node).as("a table after the heading '" + NAVIGATION + "'").isNotNull();
        for (Node row = node.getLastChild().getFirstChild(); row != null; row = row.getNext()) {
            TableCell first = (TableCell) row.getFirstChild();
            for (Node part = first.getFirstChild(); part != null; part = part.getNext()) {
                if (part instanceof Code code) {
                    paths.add(code.getLiteral());
                }
            }
        }
        return paths;
    }

    static Node headingNamed(Node document, String text) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && plainText(heading).equals(text)) {
                return heading;
            }
        }
        throw new AssertionError("README.md has no heading '" + text + "'");
    }

    static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text t) {
                text.append(t.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString();
    }

    static boolean isWebOrOther(String link) {
        return SCHEME.matcher(link).find();
    }

    static boolean isWellFormedWebAddress(String link) {
        try {
            URI uri = new URI(link);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The link without its fragment ("" for a link to a heading of the same page). */
    static String pathOf(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }

    static Node parse(Path page) {
        return PARSER.parse(read(page));
    }

    static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String name(Path page) {
        return relative(page);
    }

    static String relative(Path path) {
        return ROOT.relativize(path).toString().replace('\\', '/');
    }
}
