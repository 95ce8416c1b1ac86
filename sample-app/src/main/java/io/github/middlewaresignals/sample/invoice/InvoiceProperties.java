package io.github.middlewaresignals.sample.invoice;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Switches of the invoice receiver, for showing what a durable receiver survives. */
@ConfigurationProperties("sample.invoices")
public class InvoiceProperties {

    /**
     * Whether the invoice receiver holds every delivery, without writing, until the application stops:
     * the state a crash finds a slow receiver in. False by default.
     */
    private boolean block;

    public boolean isBlock() {
        return block;
    }

    public void setBlock(boolean block) {
        this.block = block;
    }
}
