package books;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Charges a customer through the payment provider. The shop's API key authorises every charge and refund made in the
 * shop's name. (The training sandbox has no provider to call: a charge is signed with the key and accepted.)
 */
@Component
public class PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(PaymentGateway.class);

    private final PaymentsProperties payments;

    public PaymentGateway(PaymentsProperties payments) {
        this.payments = payments;
    }

    /** The provider's reference of a new charge. */
    public String charge(String customer, BigDecimal amount) {
        String reference = "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String signature = sign(payments.merchantId() + "|" + reference + "|" + amount.toPlainString());
        log.debug("POST {}/charges {} {} for {} signed {}", payments.providerUrl(), reference, amount, customer, signature);
        return reference;
    }

    private String sign(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(payments.apiKey().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
