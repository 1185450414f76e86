package store;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The back office: the customer directory and the discount coupons. */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    public record CouponForm(String code, int percent) {
    }

    private final Customers customers;
    private final Coupons coupons;

    public AdminController(Customers customers, Coupons coupons) {
        this.customers = customers;
        this.coupons = coupons;
    }

    @GetMapping("/customers")
    public List<Customer> customers() {
        return customers.findAll();
    }

    @GetMapping("/coupons")
    public List<Coupon> coupons() {
        return coupons.findAll();
    }

    @PostMapping("/coupons")
    public ResponseEntity<Coupon> addCoupon(@RequestBody CouponForm form) {
        if (form.code() == null || form.code().isBlank() || form.percent() < 1 || form.percent() > 100) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(coupons.save(new Coupon(null, form.code(), form.percent())));
    }

    @DeleteMapping("/coupons/{code}")
    public ResponseEntity<Void> removeCoupon(@PathVariable String code) {
        return coupons.findByCode(code).map(coupon -> {
            coupons.delete(coupon);
            return ResponseEntity.noContent().<Void>build();
        }).orElse(ResponseEntity.notFound().build());
    }
}
