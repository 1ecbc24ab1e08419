package org.salus.dictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.salus.article.RelatedArticle;
import org.salus.article.Slugs;
import org.salus.article.TopicIndex;
import org.salus.cdn.CdnKeys;
import org.salus.cdn.SurrogateKeys;
import org.salus.web.HttpCaching;
import org.salus.web.JsonLd;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.salus.web.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/** The medical dictionary: A–Z with a search box, in pages ({@code ?page=2}), and a page per term. */
@Controller
class DictionaryController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Entries per dictionary page: with the NCI glossary a letter has thousands of words, and a
     * page of 100 short definitions is about 50 KB (docs/browse.md).
     */
    static final int PAGE_SIZE = 100;

    private final TermRepository terms;
    private final LiveTerms live;
    private final TermLinkIndex links;

    DictionaryController(TermRepository terms, LiveTerms live, TermLinkIndex links) {
        this.terms = terms;
        this.live = live;
        this.links = links;
    }

    @GetMapping("/dictionary")
    String index(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("en", letter, q, page, ctx, model, response);
    }

    /** The Spanish dictionary: Spanish terms only, in the Spanish alphabet (docs/languages.md). */
    @GetMapping("/es/dictionary")
    String spanishIndex(
            @RequestParam(required = false) String letter,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String page,
            PageContext ctx,
            Model model,
            HttpServletResponse response) {
        return render("es", letter, q, page, ctx, model, response);
    }

    /** One language's dictionary: the terms in that language only, so the two lists never mix. */
    private String render(
            String language,
            String letter,
            String q,
            String page,
            PageContext requested,
            Model model,
            HttpServletResponse response) {
        HttpCaching.cachePublicly(response);
        SurrogateKeys.tag(List.of(CdnKeys.dictionary(language)));
        PageContext ctx = requested.in(language).withTwin("/dictionary");
        String chosen = TopicIndex.chosenLetter(letter, language);
        String asked = TopicIndex.query(q);
        String query = asked == null ? null : asked.toLowerCase(Locale.ROOT);
        List<DictionaryPages.Entry> all =
                entries().stream().filter(e -> language.equals(e.language())).toList();
        Set<String> letters =
                all.stream().map(e -> TopicIndex.letterOf(e.name(), language)).collect(Collectors.toSet());
        List<DictionaryPages.Entry> shown = all.stream()
                .filter(e -> chosen == null
                        || TopicIndex.letterOf(e.name(), language).equals(chosen))
                .filter(e -> query == null || e.name().toLowerCase(Locale.ROOT).contains(query))
                .toList();
        Paging<DictionaryPages.Entry> paging = Paging.of(shown, page, PAGE_SIZE);
        model.addAttribute("page", new DictionaryPages.Index(ctx, chosen, asked, letters, paging));
        return "dictionary/index";
    }

    @GetMapping("/dictionary/{slug}")
    String term(@PathVariable String slug, PageContext requested, Model model, HttpServletResponse response) {
        if (!Slugs.isValid(slug)) {
            throw new NotFoundException("term");
        }
        Term term = terms.findBySlug(slug).orElseThrow(() -> new NotFoundException("term"));
        HttpCaching.cachePublicly(response);
        List<Term> translations = live.translationsOf(term);
        // The page speaks its term's language, as a topic page speaks its article's.
        PageContext ctx = withSwitch(requested.in(term.language()), translations);
        String url = ctx.absolute("/dictionary/" + slug);
        List<Term> related = terms.relatedTerms(term.id());
        List<RelatedArticle> articles = terms.articlesUsing(term.id(), links.articlesLinking(slug));
        tag(term, translations, related, articles);
        model.addAttribute(
                "page",
                new DictionaryPages.TermPage(
                        ctx,
                        term,
                        translations,
                        related,
                        articles,
                        terms.review(slug).orElse(null),
                        url,
                        jsonLd(term, url, ctx.site().name())));
        return "dictionary/term";
    }

    /**
     * The term page's language switch: to the same term in the other language when it has one, else
     * to the other language's dictionary (not its home: the reader was looking words up).
     */
    private static PageContext withSwitch(PageContext ctx, List<Term> translations) {
        String other = ctx.otherLanguage();
        return translations.stream()
                .filter(t -> t.language().equals(other))
                .findFirst()
                .map(t -> ctx.withTranslation(other, "/dictionary/" + t.slug()))
                .orElseGet(() -> ctx.withTranslation(other, "es".equals(other) ? "/es/dictionary" : "/dictionary"));
    }

    /** A term's page shows its own text, the names of its translations and related terms, and articles. */
    private static void tag(Term term, List<Term> translations, List<Term> related, List<RelatedArticle> articles) {
        List<String> keys = new ArrayList<>();
        keys.add(CdnKeys.term(term.id()));
        translations.forEach(t -> keys.add(CdnKeys.term(t.id())));
        related.forEach(t -> keys.add(CdnKeys.term(t.id())));
        articles.forEach(a -> keys.add(CdnKeys.article(a.articleId())));
        SurrogateKeys.tag(keys);
    }

    private List<DictionaryPages.Entry> entries() {
        List<DictionaryPages.Entry> entries = new ArrayList<>();
        for (Term term : terms.all()) {
            entries.add(new DictionaryPages.Entry(
                    term.name(), term.slug(), term.name(), term.shortDefinition(), false, term.language()));
            for (String synonym : term.synonyms()) {
                entries.add(new DictionaryPages.Entry(
                        synonym, term.slug(), term.name(), term.shortDefinition(), true, term.language()));
            }
        }
        entries.sort(Comparator.comparing(e -> e.name().toLowerCase(Locale.ROOT)));
        return entries;
    }

    private static String jsonLd(Term term, String url, String siteName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "DefinedTerm");
        json.put("name", term.name());
        json.put("description", term.shortDefinition());
        json.put("url", url);
        if (!term.synonyms().isEmpty()) {
            json.put("alternateName", term.synonyms());
        }
        Map<String, Object> set = new LinkedHashMap<>(); // not Map.of: its order changes from one JVM to the next
        set.put("@type", "DefinedTermSet");
        set.put("name", siteName + " Medical Dictionary");
        json.put("inDefinedTermSet", set);
        return JsonLd.scriptSafe(JSON.writeValueAsString(json));
    }
}
