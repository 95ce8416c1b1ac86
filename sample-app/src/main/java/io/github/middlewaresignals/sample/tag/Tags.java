package io.github.middlewaresignals.sample.tag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the rest of the app does with tags: find them by name (creating new ones) and by id. */
@Service
public class Tags {

    private final TagRepository tags;

    Tags(TagRepository tags) {
        this.tags = tags;
    }

    /**
     * @param names tag names as users type them; trimmed and lower-cased, so "Java " is "java"
     * @return a tag for each distinct name, created when it does not exist yet
     */
    @Transactional
    public Set<Tag> findOrCreate(Collection<String> names) {
        Set<String> wanted = names.stream().map(name -> name.trim().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, Tag> existing = tags.findByNameIn(wanted).stream().collect(Collectors.toMap(Tag::getName, Function.identity()));
        Set<Tag> found = new LinkedHashSet<>();
        for (String name : wanted) {
            found.add(existing.containsKey(name) ? existing.get(name) : tags.save(new Tag(name)));
        }
        return found;
    }

    /** @return the tags with these ids that still exist */
    @Transactional
    public List<Tag> withIds(Collection<?> ids) {
        return tags.findAllById(ids.stream().map(Long.class::cast).toList());
    }

    /** @return every tag some article carries, by its own count */
    @Transactional
    public List<Tag> carried() {
        return tags.findByArticlesGreaterThan(0);
    }
}
