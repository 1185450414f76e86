package {{package}};

import org.springframework.data.annotation.Id;

/** An order, owned by the customer who placed it. */
public record PurchaseOrder(@Id Long id, String owner, String item) {
}
