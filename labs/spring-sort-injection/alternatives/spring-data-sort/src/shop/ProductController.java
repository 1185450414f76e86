package shop;

import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

@RestController
@RequestMapping("/api/products")
public class ProductController {

    private static final int MAX_PAGE_SIZE = 50;

    /** The public sort keys and the property each one sorts by. */
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "price", "price", "rating", "rating");

    private final ProductRepository products;

    public ProductController(ProductRepository products) {
        this.products = products;
    }

    /** A page of the catalogue, optionally of one category, sorted as the customer chose in the shop's drop-down. */
    @GetMapping
    public ProductPage list(@RequestParam(required = false) String category,
                            @RequestParam(defaultValue = "name") String sort,
                            @RequestParam(defaultValue = "asc") String dir,
                            @RequestParam(defaultValue = "0") int page,
                            @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadRequestException("page must be 0 or more, size between 1 and " + MAX_PAGE_SIZE);
        }
        return new ProductPage(page, size, products.page(category, sortOf(sort, dir), page, size));
    }

    /** The whole catalogue as CSV, for the price-comparison sites that import it every night. */
    @GetMapping(value = "/export", produces = "text/csv")
    public String export(@RequestParam(defaultValue = "name") String sort, @RequestParam(defaultValue = "asc") String dir) {
        StringBuilder csv = new StringBuilder("id,name,category,price,rating\n");
        for (ProductView product : products.feed(sortOf(sort, dir))) {
            csv.append(product.id()).append(',').append(product.name()).append(',').append(product.category()).append(',')
                    .append(product.price().toPlainString()).append(',').append(product.rating().toPlainString()).append('\n');
        }
        return csv.toString();
    }

    /** A Spring Data Sort of an allow-listed property and a parsed direction, ties broken by id. */
    private static Sort sortOf(String sort, String dir) {
        String property = SORTABLE.get(sort);
        if (property == null) {
            throw new BadRequestException("sort must be one of name, price, rating");
        }
        Sort.Direction direction = Sort.Direction.fromOptionalString(dir)
                .orElseThrow(() -> new BadRequestException("dir must be asc or desc"));
        return Sort.by(direction, property).and(Sort.by("id"));
    }
}
