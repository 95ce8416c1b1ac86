package io.github.middlewaresignals.middleware.builtin.slice;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The @WebMvcTest slice includes the built-ins and their properties. */
@WebMvcTest(properties = {"middleware.order=security-headers,request-id,timing",
        "middleware.timing.header-name=X-Took"})
class BuiltinMiddlewareSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theSliceRunsTheListedBuiltins() throws Exception {
        mvc.perform(get("/slice").header("X-Request-ID", "slice-1"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Request-ID", "slice-1"))
                .andExpect(header().string("X-Took", matchesPattern("\\d+\\.\\d{4}s")));
    }

    @SpringBootConfiguration
    @Import(SliceController.class)
    static class SliceApplication {
    }

    @RestController
    static class SliceController {

        @GetMapping("/slice")
        String slice() {
            return "slice";
        }
    }
}
