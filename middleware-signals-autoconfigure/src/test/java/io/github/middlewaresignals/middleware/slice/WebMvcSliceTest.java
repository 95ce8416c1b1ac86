package io.github.middlewaresignals.middleware.slice;

import io.github.middlewaresignals.middleware.Middleware;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/** The @WebMvcTest slice includes the chain: the user's middleware run in MockMvc too. */
@WebMvcTest(properties = "middleware.order=sliceMiddleware")
class WebMvcSliceTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MiddlewareChain chain;

    @Test
    void theSliceRunsTheChain() throws Exception {
        assertThat(chain.names()).containsExactly("sliceMiddleware");
        mvc.perform(get("/slice"))
                .andExpect(content().string("slice"))
                .andExpect(header().string("X-Slice", "preHandle"));
    }

    @SpringBootConfiguration
    @Import({SliceController.class, SliceMiddleware.class})
    static class SliceApplication {
    }

    @RestController
    static class SliceController {
        @GetMapping("/slice")
        String slice() {
            return "slice";
        }
    }

    @Component("sliceMiddleware")
    static class SliceMiddleware implements Middleware {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.setHeader("X-Slice", "preHandle");
            return true;
        }
    }
}
