package org.salus.dictionary.editing;

import java.util.List;
import java.util.Map;

import org.salus.account.UserAccount;
import org.salus.audit.AuditEntry;
import org.salus.review.diff.DiffLine;
import org.salus.review.diff.FieldChange;
import org.salus.web.PageContext;

/** Typed models of the dictionary editor's pages, one per template in {@code jte/termeditor}. */
public final class TermEditorPages {

    private TermEditorPages() {}

    /** The editor's dictionary desk: the revisions waiting on someone, and a way to open a term. */
    public record Desk(
            PageContext ctx,
            UserAccount user,
            List<TermRevision> myDrafts,
            List<TermRevision> awaitingReview,
            List<TermRevision> approved,
            String query,
            String notice) {}

    /** The term editor. {@code problem} is a refusal from the workflow (e.g. someone saved first). */
    public record Form(PageContext ctx, boolean isNew, TermForm form, Map<String, String> errors, String problem) {}

    /** A term's revisions and audit trail; {@code live} is false for a new or retired term. */
    public record History(
            PageContext ctx,
            UserAccount user,
            String slug,
            String name,
            boolean live,
            List<TermRevision> revisions,
            List<AuditEntry> audit,
            String problem) {}

    /**
     * One revision with what it changes against the live term ({@code changes} empty for a new
     * term) and the definition rendered as readers will see it. {@code wroteText}: the user wrote
     * part of its text, so is not offered the review actions.
     */
    public record Revision(
            PageContext ctx,
            UserAccount user,
            TermRevision revision,
            String definitionHtml,
            List<FieldChange> fields,
            List<String> fieldLabels,
            List<DiffLine> definition,
            boolean newTerm,
            boolean wroteText,
            String problem) {}
}
