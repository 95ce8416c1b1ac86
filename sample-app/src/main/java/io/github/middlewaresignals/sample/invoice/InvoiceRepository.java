package io.github.middlewaresignals.sample.invoice;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InvoiceRepository extends JpaRepository<Invoice, Long> {

    boolean existsByOrderId(long orderId);

    List<Invoice> findTop100ByOrderByIdDesc();
}
