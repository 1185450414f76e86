package reports;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The nightly export of the month's figures to the ERP (the scheduler that calls it runs in production only). */
@Component
public class ErpExport {

    private final SalesLedger ledger;
    private final String baseUrl;
    private final String apiKey;

    public ErpExport(SalesLedger ledger, @Value("${erp.base-url}") String baseUrl, @Value("${erp.api-key}") String apiKey) {
        this.ledger = ledger;
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** The request the export would send: where, with which key, and the figures. */
    Map<String, Object> nightlyRequest() {
        return Map.of("url", baseUrl + "/sales/monthly", "authorization", "Bearer " + apiKey, "body", ledger.summary());
    }
}
