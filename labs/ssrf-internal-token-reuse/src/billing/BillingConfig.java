package billing;

import java.util.List;
import java.util.Map;

/**
 * Billing's configuration as Spring would bind it from application.properties and the environment.
 *
 * @param properties every property by name
 * @param names      the names in the order they were defined
 */
public record BillingConfig(Map<String, String> properties, List<String> names) {

    public String get(String name) {
        return properties.get(name);
    }
}
