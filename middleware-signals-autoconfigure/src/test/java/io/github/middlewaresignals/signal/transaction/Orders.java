package io.github.middlewaresignals.signal.transaction;

import io.github.middlewaresignals.signal.Signal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends and writes inside transactions the way application services do. */
@Service
public class Orders {

    private final Signal<String> orderCompleted;
    private final InvoiceRepository invoices;
    private final NoticeRepository notices;
    private final Orders self;

    Orders(Signal<String> orderCompleted, InvoiceRepository invoices, NoticeRepository notices,
           @org.springframework.context.annotation.Lazy Orders self) {
        this.orderCompleted = orderCompleted;
        this.invoices = invoices;
        this.notices = notices;
        this.self = self;
    }

    @Transactional
    public void complete(String order) {
        orderCompleted.send(Orders.class, order);
    }

    @Transactional
    public void completeThenFail(String order) {
        orderCompleted.send(Orders.class, order);
        throw new IllegalStateException("payment declined for " + order);
    }

    @Transactional
    public void invoice(String number) {
        invoices.save(new Invoice(number));
    }

    @Transactional
    public void noteAndComplete(String note, String order) {
        notices.save(new Notice(note));
        orderCompleted.send(Orders.class, order);
    }

    /** The inner transaction commits; the outer one fails afterwards. */
    @Transactional
    public void completeInnerThenFailOuter(String inner, String outer) {
        orderCompleted.send(Orders.class, outer);
        self.completeInNewTransaction(inner);
        throw new IllegalStateException("outer fails after " + inner);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void completeInNewTransaction(String order) {
        orderCompleted.send(Orders.class, order);
    }
}
