package shop;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

@Repository
public class ProductRepository {

    private static final RowMapper<ProductView> VIEW = (row, number) -> new ProductView(row.getLong("id"),
            row.getString("name"), row.getString("category"), row.getBigDecimal("price"), row.getBigDecimal("rating"));

    /** The sort keys the shop offers, and the column each one sorts by: nothing else ever reaches the SQL. */
    private static final Map<String, String> SORT_COLUMNS = Map.of(
            "name", "name",
            "price", "price",
            "rating", "rating");

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
        sql += orderBy(sort, dir) + " LIMIT ? OFFSET ?";
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql, VIEW, args.toArray());
    }

    /** Every product, for the price-comparison feed. */
    public List<ProductView> feed(String sort, String dir) {
        return jdbc.query("SELECT id, name, category, price, rating FROM product ORDER BY " + sort + " " + dir + ", id", VIEW);
    }

    /**
     * A placeholder cannot stand for a column or a direction, so the ORDER BY is written from constants: the column the
     * allow-list maps the key to, and the name of a parsed Sort.Direction. The request's text is only ever a map key.
     */
    private static String orderBy(String sort, String dir) {
        String column = SORT_COLUMNS.get(sort);
        if (column == null) {
            throw new BadRequestException("sort must be one of name, price, rating");
        }
        Sort.Direction direction = Sort.Direction.fromOptionalString(dir)
                .orElseThrow(() -> new BadRequestException("dir must be asc or desc"));
        return " ORDER BY " + column + " " + direction.name() + ", id";
    }
}
