package shop;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

@Repository
public class ProductRepository {

    private static final RowMapper<ProductView> VIEW = (row, number) -> new ProductView(row.getLong("id"),
            row.getString("name"), row.getString("category"), row.getBigDecimal("price"), row.getBigDecimal("rating"));

    /** The columns a Sort may name: checked here too, so that no caller can hand in another. */
    private static final Set<String> COLUMNS = Set.of("id", "name", "price", "rating");

    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of products, of one category when {@code category} is given, in the order of {@code sort}. */
    public List<ProductView> page(String category, Sort sort, int page, int size) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT id, name, category, price, rating FROM product";
        if (category != null && !category.isBlank()) {
            sql += " WHERE category = ?";
            args.add(category);
        }
        sql += orderBy(sort) + " LIMIT ? OFFSET ?";
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql, VIEW, args.toArray());
    }

    /** Every product, for the price-comparison feed. */
    public List<ProductView> feed(Sort sort) {
        return jdbc.query("SELECT id, name, category, price, rating FROM product" + orderBy(sort), VIEW);
    }

    private static String orderBy(Sort sort) {
        return " ORDER BY " + sort.stream().map(order -> {
            if (!COLUMNS.contains(order.getProperty())) {
                throw new IllegalArgumentException("not a sortable column: " + order.getProperty());
            }
            return order.getProperty() + " " + order.getDirection().name();
        }).collect(Collectors.joining(", "));
    }
}
