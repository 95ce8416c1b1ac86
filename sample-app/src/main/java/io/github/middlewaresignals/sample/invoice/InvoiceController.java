package io.github.middlewaresignals.sample.invoice;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InvoiceController {

    private final InvoiceRepository invoices;

    InvoiceController(InvoiceRepository invoices) {
        this.invoices = invoices;
    }

    /** The latest 100 invoices, newest first. */
    @GetMapping("/api/invoices")
    List<InvoiceResponse> list() {
        return invoices.findTop100ByOrderByIdDesc().stream().map(InvoiceResponse::of).toList();
    }
}
