package io.github.middlewaresignals.middleware.actuate;

import java.util.List;
import java.util.Locale;
import io.github.middlewaresignals.middleware.chain.ListedEntry;
import io.github.middlewaresignals.middleware.chain.MiddlewareChain;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * Actuator endpoint {@code middleware}: the resolved chain, outermost first, each entry of
 * {@code middleware.order} with how it was found, its class, its path patterns, whether it runs, and
 * which hooks it implements. Entries switched off are listed where the order has them.
 */
@Endpoint(id = "middleware")
public class MiddlewareEndpoint {

    private final MiddlewareChain chain;

    public MiddlewareEndpoint(MiddlewareChain chain) {
        this.chain = chain;
    }

    @ReadOperation
    public ChainDescriptor middleware() {
        return new ChainDescriptor(chain.listing().stream().map(MiddlewareEndpoint::describe).toList());
    }

    private static EntryDescriptor describe(ListedEntry entry) {
        return new EntryDescriptor(entry.name(),
                entry.source() == null ? null : entry.source().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                entry.type() == null ? null : entry.type().getName(), entry.include(), entry.exclude(), entry.enabled(),
                ImplementedHooks.of(entry.type()));
    }

    /** @param chain the entries of the order, outermost first, those switched off included */
    public record ChainDescriptor(List<EntryDescriptor> chain) implements OperationResponseBody {
    }

    /**
     * One entry of the order.
     *
     * @param name    the name it is listed under
     * @param source  {@code built-in}, {@code bean} or {@code class}: how the name was found
     * @param type    the class of what runs (or would run), or {@code null} when unknown
     * @param include the path patterns it is limited to; empty for every path
     * @param exclude the path patterns it skips
     * @param enabled whether it runs
     * @param hooks   the hooks its class implements, in the order a request meets them
     */
    public record EntryDescriptor(String name, String source, String type, List<String> include, List<String> exclude,
                                  boolean enabled, List<String> hooks) {
    }
}
