package store;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;

/** The catalog: anyone browses it; the shop's staff add, reprice and remove products. */
@RestController
@RequestMapping("/api/products")
public class CatalogController {

    public record ProductForm(String name, BigDecimal price) {
    }

    private final Products products;

    public CatalogController(Products products) {
        this.products = products;
    }

    @GetMapping
    public List<Product> list() {
        return products.findAll();
    }

    @GetMapping("/{id}")
    public ResponseEntity<Product> one(@PathVariable long id) {
        return ResponseEntity.of(products.findById(id));
    }

    @PostMapping
    public ResponseEntity<Product> add(@RequestBody ProductForm form) {
        return ResponseEntity.status(HttpStatus.CREATED).body(products.save(new Product(null, form.name(), form.price())));
    }

    @PutMapping("/{id}")
    public ResponseEntity<Product> update(@PathVariable long id, @RequestBody ProductForm form) {
        return ResponseEntity.of(products.findById(id).map(product -> products.save(new Product(id, form.name(), form.price()))));
    }

    @DeleteMapping("/{id}")
    public ResponseEntity<Void> remove(@PathVariable long id) {
        if (!products.existsById(id)) {
            return ResponseEntity.notFound().build();
        }
        products.deleteById(id);
        return ResponseEntity.noContent().build();
    }
}
