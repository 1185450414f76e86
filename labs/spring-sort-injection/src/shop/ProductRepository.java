package shop;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;

@Repository
public class ProductRepository {

    private static final RowMapper<ProductView> VIEW = (row, number) -> new ProductView(row.getLong("id"),
            row.getString("name"), row.getString("category"), row.getBigDecimal("price"), row.getBigDecimal("rating"));

    private final JdbcTemplate jdbc;

    public ProductRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of products, of one category when {@code category} is given, ordered by {@code sort} and {@code dir}. */
    public List<ProductView> page(String category, String sort, String dir, int page, int size) {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT id, name, category, price, rating FROM product";
        if (category != null && !category.isBlank()) {
            sql += " WHERE category = ?";
            args.add(category);
        }
        // A ? placeholder cannot stand for a column or a direction, so the ORDER BY is written out.
        sql += " ORDER BY " + sort + " " + dir + ", id LIMIT ? OFFSET ?";
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql, VIEW, args.toArray());
    }

    /** Every product, for the price-comparison feed. */
    public List<ProductView> feed(String sort, String dir) {
        return jdbc.query("SELECT id, name, category, price, rating FROM product ORDER BY " + sort + " " + dir + ", id", VIEW);
    }
}
