package io.github.middlewaresignals.middleware.config;

import java.util.List;

/**
 * The settings of one entry of {@code middleware.order}: whether it runs, and the path patterns
 * (Spring's PathPattern syntax) it is limited to or skips.
 *
 * @param enabled whether the entry runs
 * @param include the paths it is limited to; empty for every path
 * @param exclude the paths it skips, even when included
 */
public record EntrySettings(boolean enabled, List<String> include, List<String> exclude) {

    /** What an entry without settings gets: it runs on every path. */
    public static final EntrySettings DEFAULT = new EntrySettings(true, List.of(), List.of());

    public EntrySettings {
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }
}
