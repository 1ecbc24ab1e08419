package org.salus.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;
import java.util.stream.Stream;

import org.salus.web.PageContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * {@code /admin/search}: the index's state, and a button that rebuilds it from the database (an
 * administrator's answer to any doubt about it; the index is derived data). Administrators
 * only, by the {@code /admin/**} rule of {@code EditorialRoutes}.
 */
@Controller
class SearchAdminController {

    private static final Logger log = LoggerFactory.getLogger(SearchAdminController.class);

    private final SearchIndex index;

    SearchAdminController(SearchIndex index) {
        this.index = index;
    }

    @GetMapping("/admin/search")
    String status(
            PageContext ctx,
            Model model,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String rebuilding) {
        model.addAttribute(
                "page",
                new SearchAdminPage(
                        ctx, index.status(), index.path().toString(), size(index.path()), rebuilding != null));
        return "search/admin";
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(Principal admin) {
        log.info("{} asked for the search index to be rebuilt", admin.getName());
        index.rebuild("asked by " + admin.getName());
        return "redirect:/admin/search?rebuilding";
    }

    private static long size(Path path) {
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> {
                        try {
                            return Files.size(file);
                        } catch (IOException e) {
                            return 0; // merged away meanwhile
                        }
                    })
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }
}
