package org.salus.review;

/**
 * How editor pages answer a workflow action: back to the page it was taken from, with the reason
 * in {@code ?problem=} when the rules refused it, so every action works as a plain form post.
 */
public final class WorkflowRedirects {

    private WorkflowRedirects() {}

    /** Runs {@code step} and redirects to {@code page}, naming the refusal if there was one. */
    public static String act(String page, Runnable step) {
        try {
            step.run();
            return "redirect:" + page;
        } catch (WorkflowException e) {
            return refused(page, e);
        }
    }

    public static String refused(String page, WorkflowException e) {
        return "redirect:" + page + "?problem=" + e.messageKey().substring("workflow.".length());
    }

    /** The message key for a {@code ?problem=} value, or null; anything but letters and dots is dropped. */
    public static String problemKey(String problem) {
        return problem == null ? null : "workflow." + problem.replaceAll("[^a-zA-Z.]", "");
    }
}
