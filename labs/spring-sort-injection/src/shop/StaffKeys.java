package shop;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Registers the warehouse integration's API key, which this environment gets from its secret store. */
@Component
public class StaffKeys implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final String warehouseKey;

    public StaffKeys(JdbcTemplate jdbc, @Value("${fixpoint.secrets.warehouse-api-key}") String warehouseKey) {
        this.jdbc = jdbc;
        this.warehouseKey = warehouseKey;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        jdbc.update("MERGE INTO staff_api_key (username, api_key) KEY (username) VALUES ('warehouse-sync', ?)", warehouseKey);
    }
}
