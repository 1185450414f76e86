package books;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** How the shop reaches its payment provider: the {@code payments.*} properties of application.properties. */
@ConfigurationProperties("payments")
public record PaymentsProperties(String providerUrl, String merchantId, String apiKey) {
}
