package org.salus.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Principal;

import org.salus.importing.ImportOptions;
import org.salus.web.NotFoundException;
import org.salus.web.PageContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Administrators run the same imports as the command line by uploading a file: the upload is
 * saved, queued, and its progress and report shown on a status page that refreshes itself.
 */
@Controller
class ImportUploadController {

    static final int MAX_NAME = 100;

    private final ImportJobs jobs;

    ImportUploadController(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/admin/imports")
    String form(PageContext ctx, Model model) {
        model.addAttribute("page", new ImportPages.Upload(ctx, jobs.formats(), jobs.recent(), null));
        return "imports/upload";
    }

    @PostMapping("/admin/imports")
    ModelAndView upload(
            @RequestParam(defaultValue = "") String format,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "draft") String mode,
            Principal admin,
            PageContext ctx)
            throws IOException {
        if (!jobs.formats().containsKey(format)) {
            return refused(ctx, "imports.noFormat");
        }
        if (file == null || file.isEmpty()) {
            return refused(ctx, "imports.noFile");
        }
        ImportOptions options;
        try {
            options = ImportOptions.parse(java.util.List.of("--as=" + mode));
        } catch (IllegalArgumentException e) {
            return refused(ctx, "imports.noFormat");
        }
        Path saved = save(file);
        ImportJob job = jobs.start(format, saved, options, admin.getName());
        return new ModelAndView("redirect:/admin/imports/" + job.id());
    }

    @GetMapping("/admin/imports/{id}")
    String status(@PathVariable String id, PageContext ctx, Model model) {
        ImportJob job = jobs.find(id).orElseThrow(() -> new NotFoundException("import"));
        model.addAttribute("page", new ImportPages.Status(ctx, job));
        return "imports/status";
    }

    /**
     * Saves the upload in a fresh temporary folder under its own name (importers recognise files
     * by name, e.g. {@code .zip} or {@code .tsv.gz}), with anything but letters, digits, dots,
     * dashes and underscores replaced, so a name can never point outside that folder.
     */
    private static Path save(MultipartFile file) throws IOException {
        // Not Path.of: a name with a NUL byte would make it throw. Anything before a slash is a folder.
        String original = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[^A-Za-z0-9._-]", "_");
        // File systems refuse names over 255 bytes (a 500); the end of a name says its format, so keep that.
        name = name.substring(Math.max(0, name.length() - MAX_NAME)).replaceAll("^\\.+", "");
        Path target = Files.createTempDirectory("salus-import-").resolve(name.isEmpty() ? "upload" : name);
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, target);
        }
        return target;
    }

    private ModelAndView refused(PageContext ctx, String problem) {
        ModelAndView view = new ModelAndView("imports/upload", HttpStatus.UNPROCESSABLE_ENTITY);
        view.addObject("page", new ImportPages.Upload(ctx, jobs.formats(), jobs.recent(), problem));
        return view;
    }
}
