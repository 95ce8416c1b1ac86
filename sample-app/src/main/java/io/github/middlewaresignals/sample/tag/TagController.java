package io.github.middlewaresignals.sample.tag;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TagController {

    private final TagRepository tags;

    TagController(TagRepository tags) {
        this.tags = tags;
    }

    /** Every tag by name, with the article count the m2m_changed receiver keeps. */
    @GetMapping("/api/tags")
    List<TagResponse> list() {
        return tags.findAllByOrderByNameAsc().stream().map(TagResponse::of).toList();
    }
}
