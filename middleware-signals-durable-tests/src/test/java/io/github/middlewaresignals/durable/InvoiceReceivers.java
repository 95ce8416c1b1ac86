package io.github.middlewaresignals.durable;

import io.github.middlewaresignals.signal.Phase;
import io.github.middlewaresignals.signal.SignalReceiver;
import org.springframework.stereotype.Component;

/** The durable receiver under test: writes an invoice after the commit, at least once. */
@Component
class InvoiceReceivers {

    private final InvoiceRepository invoices;
    private final ReceiverScript script;

    InvoiceReceivers(InvoiceRepository invoices, ReceiverScript script) {
        this.invoices = invoices;
        this.script = script;
    }

    @SignalReceiver(signal = "order_completed", phase = Phase.AFTER_COMMIT, durable = true)
    void invoice(Object sender, OrderCompleted event) throws InterruptedException {
        script.called(sender, event);
        invoices.save(new Invoice(event.orderId(), event.total()));
    }
}
