package org.salus.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One page of a reader list that grows with content (the A–Z index, a dictionary letter, a group,
 * recent changes). Pages are asked for as {@code ?page=N}; the first page is the address without
 * it, so the file of the static edition is always page 1.
 *
 * @param items  the entries on this page
 * @param number this page, from 1
 * @param pages  how many pages the list has (at least 1, even when empty)
 * @param total  how many entries the whole list has
 * @param first  the position of this page's first entry in the list, from 1
 */
public record Paging<T>(List<T> items, int number, int pages, int total, int first) {

    /** Most digits a page number may have: more is not a page of any list here. */
    private static final int MAX_DIGITS = 6;

    /**
     * The page asked for of a list already in reading order.
     *
     * @param requested the {@code page} parameter as sent, null or blank for the first page
     * @throws BadRequestException {@code error.pageNumber} for anything but a whole number from 1
     *                             to the last page, so a reader gets a 400 with a message, never a 500
     */
    public static <T> Paging<T> of(List<T> all, String requested, int size) {
        int pages = Math.max(1, (all.size() + size - 1) / size);
        int number = number(requested, pages);
        int from = (number - 1) * size;
        int to = Math.min(all.size(), from + size);
        return new Paging<>(List.copyOf(all.subList(from, to)), number, pages, all.size(), from + 1);
    }

    /**
     * The page asked for of a list the database pages: {@code total} entries, of which
     * {@code fetch.apply(offset, size)} returns one page. Same rules for {@code requested} as {@link #of}.
     */
    public static <T> Paging<T> counted(
            int total, String requested, int size, java.util.function.BiFunction<Integer, Integer, List<T>> fetch) {
        int pages = Math.max(1, (total + size - 1) / size);
        int number = number(requested, pages);
        int from = (number - 1) * size;
        return new Paging<>(List.copyOf(fetch.apply(from, size)), number, pages, total, from + 1);
    }

    private static int number(String requested, int pages) {
        if (requested == null || requested.isBlank()) {
            return 1;
        }
        String digits = requested.strip();
        if (!digits.matches("\\d{1," + MAX_DIGITS + "}")) {
            throw new BadRequestException("error.pageNumber");
        }
        int number = Integer.parseInt(digits);
        if (number < 1 || number > pages) {
            throw new BadRequestException("error.pageRange");
        }
        return number;
    }

    /** The position of this page's last entry, from 1 (0 for an empty list). */
    public int last() {
        return first + items.size() - 1;
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < pages;
    }

    /**
     * The page numbers to link: the first, the last and four around this one; 0 stands for the
     * pages left out between them ("…").
     */
    public List<Integer> window() {
        List<Integer> shown = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - number) <= 2) {
                if (!shown.isEmpty() && shown.get(shown.size() - 1) < n - 1) {
                    shown.add(0);
                }
                shown.add(n);
            }
        }
        return shown;
    }

    /**
     * The address of page {@code n} of a list at {@code base} (which may carry a query already,
     * {@code /topics?letter=H}): page 1 is {@code base} itself.
     */
    public static String link(String base, int n) {
        if (n <= 1) {
            return base;
        }
        return base + (base.contains("?") ? "&" : "?") + "page=" + n;
    }
}
