package dev.lectern.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where one page of a list that fills several pages stands among them (a topic of 25,000 papers shows 100 a page):
 * its number, its items and the links to the others, as {@code partials/pager.ftlh} shows them.
 *
 * @param number    this page's number, from 1
 * @param count     how many pages the list fills (1 when it fits on one)
 * @param firstItem the number of this page's first item, from 1 (0 for an empty list)
 * @param lastItem  the number of its last item
 * @param total     the items of the whole list
 * @param previous  the page before, or null on the first
 * @param next      the page after, or null on the last
 * @param pages     the first and last page and those around this one, with gaps between
 */
public record Pager(int number, int count, int firstItem, int lastItem, int total, Link previous, Link next,
                    List<PageNumber> pages) {

    /** Pages on each side of the current one that get their own link; farther ones fold into a gap. */
    private static final int AROUND = 2;

    /**
     * A page's entry in the pager.
     *
     * @param number  the page's number, or 0 for a gap ("…") over pages without a link
     * @param href    its link; empty for the current page and for a gap
     * @param current whether it is the page the pager is on
     */
    public record PageNumber(int number, String href, boolean current) {
    }

    /**
     * One part of a list cut into pages of {@code size} items: the {@code number}th of {@code count}, items
     * {@code from} (inclusive) to {@code to} (exclusive) of {@code total}.
     */
    record Slice(int number, int count, int from, int to, int total) {

        /** The pages {@code total} items fill at {@code size} a page; one page when they fit or when size is 0. */
        static List<Slice> of(int total, int size) {
            int count = size <= 0 || total <= size ? 1 : (total + size - 1) / size;
            int step = count == 1 ? total : size;
            List<Slice> slices = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                slices.add(new Slice(i + 1, count, i * step, Math.min(total, (i + 1) * step), total));
            }
            return List.copyOf(slices);
        }

        <T> List<T> of(List<T> items) {
            return items.subList(from, to);
        }
    }

    /** The pager of {@code slice}; {@code href} gives the link from this page to page {@code n}. */
    static Pager of(Slice slice, IntFunction<String> href) {
        int n = slice.number();
        List<PageNumber> pages = new ArrayList<>();
        int last = 0;
        for (int p = 1; p <= slice.count(); p++) {
            if (p != 1 && p != slice.count() && Math.abs(p - n) > AROUND) {
                continue;
            }
            if (p == last + 2) {
                // a gap over a single page would take as much room as its number
                pages.add(number(last + 1, n, href));
            } else if (p > last + 2) {
                pages.add(new PageNumber(0, "", false));
            }
            pages.add(number(p, n, href));
            last = p;
        }
        return new Pager(n, slice.count(), slice.total() == 0 ? 0 : slice.from() + 1, slice.to(), slice.total(),
                n > 1 ? new Link(href.apply(n - 1), "Previous page") : null,
                n < slice.count() ? new Link(href.apply(n + 1), "Next page") : null,
                List.copyOf(pages));
    }

    private static PageNumber number(int p, int current, IntFunction<String> href) {
        return new PageNumber(p, p == current ? "" : href.apply(p), p == current);
    }
}
