package io.github.middlewaresignals.middleware.chain;

import java.io.IOException;
import jakarta.servlet.http.HttpServletResponse;

/** What a {@link CommitGuardResponse} runs right before the response it guards would commit. */
@FunctionalInterface
interface BeforeCommit {

    /**
     * @param response the guarded response, still uncommitted
     * @return whether the guard must ask again before the next write, because the work is not done yet
     */
    boolean run(HttpServletResponse response) throws IOException;
}
