package io.github.middlewaresignals.middleware.chain;

import java.util.List;

/**
 * One name of {@code middleware.order} as it was resolved, switched off or not: what a report of
 * the chain shows about it.
 *
 * @param name    the name it is listed under
 * @param source  how the name was found, or {@code null} when the chain was built without the resolver
 * @param type    the class of what runs (for an entry that is switched off, what would run), or
 *                {@code null} when unknown
 * @param include the path patterns it is limited to; empty for every path
 * @param exclude the path patterns it skips
 * @param enabled whether it runs
 */
public record ListedEntry(String name, EntrySource source, Class<?> type, List<String> include, List<String> exclude,
                          boolean enabled) {

    public ListedEntry {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
